package config

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/knadh/koanf/v2"
)

// secretEnv names the secrets that come only from the environment (CLAIMS_ + the name in upper
// case) or from the file a *_file key names: they have no YAML key and no flag.
var secretEnv = map[string]bool{
	"hmac_secret": true, "payload_key": true, "keystore_password": true,
	"kafka_sasl_password": true, "redis_password": true,
}

// processEnv are the CLAIMS_* variables that code outside this package reads itself. Load
// accepts them and leaves them alone; any other CLAIMS_* variable that is not a setting is an
// error. A variable read with os.Getenv elsewhere must be listed here
// (TestEveryClaimsVariableTheCodeReadsIsAccepted checks).
var processEnv = []string{
	"CLAIMS_LOG_LEVEL",   // --log-level (cmd/claims)
	"CLAIMS_LOG_FORMAT",  // --log-format (cmd/claims)
	"CLAIMS_CHAOS_KILL",  // fault injection in claims serve (cmd/claims/chaos.go)
	"CLAIMS_SHARED_DATA", // the shared reference data directory (adjudicator/shareddata)
	"CLAIMS_SKIP_REDIS",  // tests: skip, not fail, without redis-server (eligcache/redistest)
	"CLAIMS_GETH",        // tests: the geth binary (chain/gethtest)
	"CLAIMS_SKIP_DRIFT",  // tests: skip the contract bindings drift check (bindings)
	// tests: fail, not skip, the browser tests without chromium (make test sets it)
	"CLAIMS_REQUIRE_CHROMIUM",
	// tests: where the browser tests save their screenshots (make test sets it)
	"CLAIMS_TEST_ARTIFACTS",
}

// schema is the set of keys a config may hold, read from Config's koanf tags.
type schema struct {
	leaves   map[string]reflect.Type // "rpc_url", "deploy.challenge_window"
	sections map[string]bool         // "deploy"
}

var keys = schemaOf(reflect.TypeFor[Config](), "")

func schemaOf(t reflect.Type, prefix string) schema {
	s := schema{leaves: map[string]reflect.Type{}, sections: map[string]bool{}}
	for f := range t.Fields() {
		tag := f.Tag.Get("koanf")
		if tag == "" || tag == "-" {
			continue
		}
		key := prefix + tag
		if f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeFor[time.Time]() {
			s.sections[key] = true
			sub := schemaOf(f.Type, key+".")
			for k, v := range sub.leaves {
				s.leaves[k] = v
			}
			for k := range sub.sections {
				s.sections[k] = true
			}
			continue
		}
		s.leaves[key] = f.Type
	}
	return s
}

// Keys lists every key a YAML config may hold, sorted; nested keys are dotted
// ("deploy.challenge_window").
func Keys() []string {
	out := make([]string, 0, len(keys.leaves))
	for k := range keys.leaves {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// known maps a flattened koanf key to the key of the schema it belongs to: itself, or the
// leaf it sits under when a mapping was given where a scalar or a list belongs (which decoding
// then reports). ok is false for a key that is not in the schema.
func (s schema) known(key string) (string, bool) {
	if _, ok := s.leaves[key]; ok || s.sections[key] {
		return key, true
	}
	for i := range len(key) {
		if key[i] == '.' {
			if _, ok := s.leaves[key[:i]]; ok {
				return key[:i], true
			}
		}
	}
	return key, false
}

// envName is the environment variable that sets key: CLAIMS_ + the key in upper case, its
// dots as underscores (deploy.payout_delay: CLAIMS_DEPLOY_PAYOUT_DELAY).
func envName(key string) string {
	return "CLAIMS_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// envNames are every CLAIMS_* variable Load accepts.
func envNames() []string {
	out := append(slices.Clone(processEnv), EnvConfig)
	for k := range keys.leaves {
		out = append(out, envName(k))
	}
	for k := range secretEnv {
		out = append(out, envName(k))
	}
	slices.Sort(out)
	return out
}

// unknownError names each unknown key (or variable) of one source and the valid one closest
// to it.
func unknownError(source, what string, unknown, valid []string) error {
	slices.Sort(unknown)
	unknown = slices.Compact(unknown)
	msgs := make([]string, len(unknown))
	for i, u := range unknown {
		msgs[i] = fmt.Sprintf("unknown %s %s (%s)", what, u, suggest(u, valid))
	}
	return fmt.Errorf("config: %s: %s", source, strings.Join(msgs, "; "))
}

// suggest names the valid key closest to u by edit distance: as a question when it is close
// enough to be a typo, else as the nearest there is.
func suggest(u string, valid []string) string {
	// Scores are twice the distance, so that a near miss below ranks between distances 1 and 2.
	best, bestScore := "", -1
	lu := strings.ToLower(u)
	for _, v := range valid {
		lv := strings.ToLower(v)
		score := 2 * levenshtein(lu, lv)
		// A key right but for where it sits (challenge_window at the top level, say), or a
		// valid key cut short (hmac_secret for hmac_secret_file), is a near miss.
		if last(lu) == last(lv) || strings.HasPrefix(lv, lu) || strings.HasPrefix(lu, lv) {
			score = min(score, 3)
		}
		if bestScore < 0 || score < bestScore || (score == bestScore && v < best) {
			best, bestScore = v, score
		}
	}
	if bestScore < 0 {
		return "no valid key"
	}
	if bestScore <= 2*max(2, len(u)/3) {
		return "did you mean " + best + "?"
	}
	return "the closest valid one is " + best
}

// last is the key's final segment: challenge_window for deploy.challenge_window.
func last(key string) string { return key[strings.LastIndex(key, ".")+1:] }

// levenshtein is the edit distance between a and b (insertions, deletions and substitutions
// of bytes; keys are ASCII).
func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// decodeEach decodes every key of one source on its own, so that a value that does not parse
// is reported with where it came from (where(key): "flag --batch-size", ...) and its key.
func decodeEach(k *koanf.Koanf, where func(key string) string) error {
	var errs []error
	done := map[string]bool{}
	for _, raw := range k.Keys() {
		key, ok := keys.known(raw)
		if !ok || done[key] {
			continue
		}
		done[key] = true
		one := koanf.New(".")
		if err := one.Set(key, k.Get(key)); err != nil {
			errs = append(errs, fmt.Errorf("config: %s: %w", where(key), err))
			continue
		}
		var scratch Config
		if err := one.UnmarshalWithConf("", &scratch, koanf.UnmarshalConf{Tag: "koanf"}); err != nil {
			errs = append(errs, fmt.Errorf("config: %s: %s", where(key), decodeMessage(err)))
		}
	}
	return errors.Join(errs...)
}

// decodeMessage is mapstructure's error without its preamble and the field name (the caller
// names the key): "cannot parse value as 'int': strconv.ParseInt: invalid syntax".
func decodeMessage(err error) string {
	msg := strings.TrimSpace(err.Error())
	if i := strings.LastIndex(msg, "\n"); i >= 0 {
		msg = strings.TrimSpace(msg[i+1:])
	}
	msg = strings.TrimPrefix(msg, "* ")
	if strings.HasPrefix(msg, "'") {
		if i := strings.Index(msg[1:], "' "); i >= 0 {
			msg = msg[i+3:]
		}
	}
	return msg
}
