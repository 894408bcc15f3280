// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.27;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @notice Where providers are paid: see ProviderRegistry.sol.
interface IProviderPayouts {
    /// @notice The address withdrawals of `providerKey` go to; zero when none is in effect.
    function payoutOf(bytes32 providerKey) external view returns (address);
}

/**
 * @title ClaimSettlement
 * @notice Settles adjudicated claims exactly once per input offset, credits providers from an
 * insurer-funded escrow, and lets them withdraw to the address registered for them.
 *
 * Exactly once: for each input partition the contract keeps the next expected offset and accepts
 * a batch only if it starts exactly there ({OffsetMismatch} otherwise), so a replayed or
 * concurrently settled range never pays twice.
 *
 * Provable: each batch commits to the Merkle root of its decision records and to the policy
 * bundle hash. A leaf ({leafHash}) binds the chain id and this contract's address, so a proof from
 * another deployment never verifies here.
 *
 * Money only reaches providers, and no single key can take it:
 *
 * - Pull payments. A batch credits per-provider balances here; {withdraw} pays a provider's
 *   matured balance to its payout address in the {IProviderPayouts} registry, never elsewhere.
 * - Optimistic settlement. Credits become withdrawable only after the challenge window. Inside
 *   it the GUARDIAN can {freezeBatch}: its credits never become withdrawable unless the admin
 *   {releaseBatch}es it. The GUARDIAN can also {pause}; only the admin unpauses.
 * - Guardrails. A batch covers at most {maxBatchOffsets} offsets and claims; its credits are
 *   capped per batch and by a window cap (a bucket of `windowCapCents` refilling over
 *   `capWindow` seconds), both set by the insurer; credits never exceed the escrow that is not
 *   owed to anyone yet.
 * - Pended claims commit in their leaf to the amount approval would pay; the FRAUD_ANALYST
 *   resolves each once, with a Merkle proof against its batch ({resolvePended}). A resolution
 *   is kept per leaf hash, not per claim key: a replacement claim keeps its original's key.
 * - Roles are separate keys; the default admin is transferred in two steps after a delay.
 *
 * Corrected claims. A provider may void a claim it sent (X12 claim frequency 8) or replace it
 * (7). The engine decides the correction in a later batch and, before settling that batch,
 * sends {reverseCredits}: each reversal names the original decision by its leaf hash, the
 * provider it credited, and the cents it credited. A leaf is reversed at most once. A credited
 * original is taken back from the provider's withdrawable balance (its matured credits
 * included) at once; what that does not cover becomes a debt ({owedBy}) that the provider's
 * next withdrawals pay first ({DebtRecovered}). Credits still inside their challenge window are
 * never touched, so {freezeBatch} always finds them. A pended original still open is voided:
 * it can never be resolved ({ClaimVoided}); one approved already is taken back like a credit;
 * one denied credited nothing. Reversals are NOT proven on chain: the contract does not check
 * that the leaf exists, that it credited that provider those cents, or that it was pended; it
 * trusts the ADJUDICATOR. The engine's own decision record of the void or replacement commits,
 * in its leaf, to the original's leaf hash and amount, and the off-chain audit checks every
 * {CreditReversed} against that record and the original's. A frozen batch's credit reversed
 * into a debt stays a debt: the guardian, the admin and the audit settle that case off chain.
 *
 * @dev Gas: chains with EIP-8037 price a new storage slot at ~110k gas. A batch writes one new
 * slot (its commitment and epoch); a provider credited before costs one warm slot update. The
 * ledger per provider is two slots that never return to zero: two pending buckets chosen by the
 * parity of the epoch (one challenge window long), and the withdrawable amount with a running
 * total of withdrawals. A credit in epoch e goes to bucket e % 2, first moving whatever that
 * bucket holds from epoch e-2 or older to the withdrawable amount; a withdrawal also takes any
 * bucket two or more epochs old. So each credit waits at least one and at most two windows.
 * Corrections stay off that path: a reversal writes one new slot for its leaf (shared with the
 * leaf's resolution) and a provider's debt is a slot of its own, which {withdraw} reads (one
 * cold read) and {settleBatch} never does.
 *
 * No health data is ever written here: only keyed hashes, amounts, addresses and roots.
 */
contract ClaimSettlement is AccessControlDefaultAdminRules, Pausable {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to settle batches: the adjudication engine's signing key.
    bytes32 public constant ADJUDICATOR_ROLE = keccak256("ADJUDICATOR_ROLE");
    /// @notice Role allowed to fund the escrow, set payout caps and take back unallocated escrow.
    bytes32 public constant INSURER_ROLE = keccak256("INSURER_ROLE");
    /// @notice Role allowed to approve or deny pended claims.
    bytes32 public constant FRAUD_ANALYST_ROLE = keccak256("FRAUD_ANALYST_ROLE");
    /// @notice Role allowed to freeze batches inside their challenge window and to pause.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");

    /// @notice The outcome code of a pended claim in a leaf (approve 1, partial 2, deny 3, pend 4).
    uint8 public constant OUTCOME_PEND = 4;
    /// @notice The longest escrow withdrawal delay and challenge window: ten years.
    uint48 public constant MAX_DELAY = 3650 days;

    /// @notice What a batch committed to. {batchCommitment} is a hash of it, so that one storage
    /// slot per batch is enough; the fields are in the {BatchSettled} event.
    struct BatchHeader {
        uint32 partition;
        uint64 fromOffset;
        uint64 toOffset;
        bytes32 merkleRoot;
        bytes32 policyHash;
        uint32 claimCount;
        /// keccak256(abi.encodePacked(providerKeys, amounts)) of the batch's credits.
        bytes32 creditsDigest;
    }

    /// @notice One decision as its Merkle leaf commits to it (see {leafHash}).
    struct Leaf {
        bytes32 claimKey;
        uint32 partition;
        uint64 offset;
        bytes32 providerKey;
        /// Cents credited to the provider; for a pended claim, what approval would credit.
        uint256 cents;
        uint8 outcome;
        bytes32 recordDigest;
    }

    /// @notice Configuration fixed at deployment; each part can be changed later by its role.
    struct Settings {
        /// Length of an epoch and of the challenge window, in seconds.
        uint64 challengeWindow;
        /// Most offsets one batch may cover.
        uint64 maxBatchOffsets;
        /// Most cents one batch may credit.
        uint96 maxBatchCents;
        /// Most cents credited in a burst, refilled over `capWindow` seconds.
        uint80 windowCapCents;
        uint48 capWindow;
        /// Seconds between the insurer asking to take back unallocated escrow and taking it.
        uint48 escrowWithdrawalDelay;
    }

    /// @notice The keys of the operational roles.
    struct Roles {
        address adjudicator;
        address insurer;
        address fraudAnalyst;
        address guardian;
    }

    /// @notice Where a batch stands: settled (in or past its window), frozen, or released by the admin.
    enum BatchStatus {
        Settled,
        Frozen,
        Released
    }

    /// @notice Where a pended claim stands.
    enum Resolution {
        Open,
        Approved,
        Denied,
        /// A pended claim voided by a corrected claim before it was resolved: never resolvable.
        Voided
    }

    /// @notice One credit to take back ({reverseCredits}): a corrected claim reverses the
    /// decision it corrects.
    struct Reversal {
        /// The original decision's Merkle leaf hash ({leafHash}).
        bytes32 leaf;
        /// The provider the original credited.
        bytes32 providerKey;
        /// The original's keyed claim key, for the events and errors.
        bytes32 claimKey;
        /// Cents the original credited; for a pended original, its leaf's cents (what approving
        /// the whole claim credits: the contract takes back what the approval did credit).
        uint256 cents;
        /// Whether the original was pended (credited nothing at settlement).
        bool pended;
    }

    /// @dev One slot per reversed or resolved leaf: where its pended claim stands, whether a
    /// corrected claim reversed it, and what its approval credited (all of the leaf's cents, or
    /// less when only some lines were approved): what a reversal takes back.
    struct LeafState {
        Resolution resolution;
        bool reversed;
        uint96 approvedCents;
    }

    /// @dev One slot per batch: what it committed to, and the epoch its credits went to.
    struct Batch {
        bytes28 commitment;
        uint32 epoch;
    }

    /// @dev One slot per provider: two pending buckets chosen by epoch parity.
    struct Buckets {
        uint96 amount0;
        uint32 epoch0;
        uint96 amount1;
        uint32 epoch1;
    }

    /// @dev One slot per provider: withdrawable cents, and all cents withdrawn so far (which
    /// keeps the slot non-zero, so a later credit never pays the new-slot price again).
    struct Account {
        uint128 available;
        uint128 withdrawn;
    }

    /// @dev Epoch e runs from start + (e - base) * length; one slot.
    struct EpochClock {
        uint64 start;
        uint64 base;
        uint64 length;
    }

    /// @dev Running totals and the window cap's state, read and written once per batch; one
    /// slot, because under EIP-8038 every slot a batch writes costs ~12k gas.
    struct Totals {
        uint48 batchCount;
        uint96 outstanding;
        uint80 windowUsed;
        uint32 windowAt;
    }

    /// @dev Settings every batch reads; one slot.
    struct Limits {
        uint64 maxBatchOffsets;
        uint96 maxBatchCents;
        uint48 capWindow;
        uint48 escrowWithdrawalDelay;
    }

    /// @dev Escrow held (funded, not yet paid out) and the window cap; one slot. Tokens sent to
    /// this contract other than through {fund} are not escrow and are never credited.
    struct Escrow {
        uint128 held;
        uint80 windowCapCents;
    }

    /// @dev The insurer's request to take escrow back.
    struct EscrowWithdrawal {
        address to;
        uint48 readyAt;
        uint256 amount;
    }

    IERC20 private immutable _token;
    IProviderPayouts private immutable _providers;

    EpochClock private _clock;
    Totals private _totals;
    Limits private _limits;
    Escrow private _escrow;
    EscrowWithdrawal private _escrowWithdrawal;

    mapping(uint32 partition => uint64) private _nextOffset;
    mapping(uint256 batchId => Batch) private _batches;
    mapping(uint256 batchId => BatchStatus) private _status;
    mapping(bytes32 providerKey => Buckets) private _pending;
    mapping(bytes32 providerKey => Account) private _accounts;
    mapping(bytes32 leaf => LeafState) private _leaves;
    mapping(bytes32 providerKey => uint256) private _owed;

    /// @notice `insurer` moved `amount` token units into the escrow.
    event EscrowFunded(address indexed insurer, uint256 amount);
    /// @notice Input offsets [`fromOffset`, `toOffset`) of `partition` were settled as `batchId`,
    /// crediting `amounts[i]` to `providerKeys[i]`, withdrawable from the start of epoch
    /// `epoch` + 2. The credits travel in this one event rather than one event per provider:
    /// a log per provider would cost ~1.2k gas more each.
    event BatchSettled(
        uint256 indexed batchId,
        uint32 indexed partition,
        uint64 indexed fromOffset,
        uint64 toOffset,
        bytes32 merkleRoot,
        bytes32 policyHash,
        uint32 claimCount,
        uint256 totalCredited,
        bytes32 creditsDigest,
        uint32 epoch,
        bytes32[] providerKeys,
        uint256[] amounts
    );
    /// @notice `claimKey` was pended for review in `batchId`; nothing was credited for it.
    event ClaimPended(uint256 indexed batchId, bytes32 indexed claimKey);
    /// @notice `providerKey` withdrew `amount` to `payout`; `caller` sent the transaction.
    event ProviderWithdrew(bytes32 indexed providerKey, address indexed payout, uint256 amount, address caller);
    /// @notice `guardian` froze `batchId`: its `totalFrozen` cents of credits will not become withdrawable.
    event BatchFrozen(uint256 indexed batchId, address indexed guardian, uint256 totalFrozen);
    /// @notice The admin released frozen `batchId`: its credits are withdrawable now.
    event BatchReleased(uint256 indexed batchId, address indexed admin, uint256 totalReleased);
    /// @notice A pended claim was approved (crediting `providerKey` `amount`, withdrawable now) or
    /// denied, by `analyst`, with the hash of the analyst's note.
    event ClaimResolved(
        bytes32 indexed claimKey,
        uint256 indexed batchId,
        bool approved,
        bytes32 providerKey,
        uint256 amount,
        bytes32 noteHash,
        address analyst
    );
    /// @notice A corrected claim reversed the decision `leaf` of `claimKey`, which credited
    /// `providerKey` `cents` (for a pended original, what approval credits). Of what it took
    /// back, `recovered` came out of the provider's withdrawable balance at once and `owed` was
    /// added to its debt; both are zero when nothing had been credited (a pended original still
    /// open, now `voided`, or denied).
    event CreditReversed(
        bytes32 indexed leaf,
        bytes32 indexed providerKey,
        bytes32 indexed claimKey,
        uint256 cents,
        bool pended,
        bool voided,
        uint256 recovered,
        uint256 owed
    );
    /// @notice A withdrawal of `providerKey` paid `amount` of its debt first: that much stopped
    /// being owed to the provider and went back to the unallocated escrow.
    event DebtRecovered(bytes32 indexed providerKey, uint256 amount);
    /// @notice The challenge window (and epoch length) is now `newWindow` seconds.
    event ChallengeWindowChanged(uint64 previousWindow, uint64 newWindow);
    /// @notice A batch may now cover at most `newMax` offsets.
    event MaxBatchOffsetsChanged(uint64 previousMax, uint64 newMax);
    /// @notice Credits are now capped at `maxBatchCents` per batch and `windowCapCents` per
    /// `capWindow` seconds.
    event PayoutCapsChanged(uint96 maxBatchCents, uint80 windowCapCents, uint48 capWindow);
    /// @notice Taking back escrow now waits `newDelay` seconds.
    event EscrowWithdrawalDelayChanged(uint48 previousDelay, uint48 newDelay);
    /// @notice `insurer` asked to take back `amount` of unallocated escrow from `readyAt`.
    event EscrowWithdrawalRequested(address indexed insurer, uint256 amount, uint48 readyAt);
    /// @notice The pending request to take back `amount` of escrow was cancelled.
    event EscrowWithdrawalCancelled(address indexed by, uint256 amount);
    /// @notice `amount` of unallocated escrow went back to `to`.
    event EscrowWithdrawn(address indexed to, uint256 amount);

    /// @dev The batch does not start at the partition's watermark: the range was already
    /// settled (a replay) or a gap would open.
    error OffsetMismatch(uint32 partition, uint64 expected, uint64 given);
    /// @dev The batch covers no input offsets.
    error EmptyBatch();
    /// @dev The batch covers `given` offsets, more than the `max` allowed.
    error BatchRangeTooLarge(uint64 given, uint64 max);
    /// @dev The batch claims `claimCount` decisions, more than the `range` offsets it covers.
    error ClaimCountExceedsRange(uint32 claimCount, uint64 offsets);
    /// @dev The batch carried a zero Merkle root.
    error EmptyMerkleRoot();
    /// @dev The provider keys and the amounts of a credit list had different lengths.
    error CreditLengthMismatch(uint256 providerKeys, uint256 amounts);
    /// @dev The provider key at `index` was zero.
    error ZeroCreditKey(uint256 index);
    /// @dev The credit at `index` was zero; providers with nothing to receive are left out.
    error ZeroCredit(uint256 index);
    /// @dev The provider key at `index` is not greater than the one before: credits must be
    /// sorted by provider key, each provider once.
    error UnsortedCredits(uint256 index);
    /// @dev The batch credits `total`, more than the per-batch cap `cap`.
    error BatchCapExceeded(uint256 total, uint256 cap);
    /// @dev The batch credits `total`, more than the `available` left under the window cap.
    error WindowCapExceeded(uint256 total, uint256 available);
    /// @dev The escrow holds `available` units not owed to anyone, less than the `needed` amount.
    error InsufficientEscrow(uint256 needed, uint256 available);
    /// @dev `batchId` was never settled.
    error UnknownBatch(uint256 batchId);
    /// @dev The header given for `batchId` does not hash to what the batch committed to.
    error BatchHeaderMismatch(uint256 batchId);
    /// @dev The credits given do not hash to the batch's creditsDigest.
    error CreditsMismatch(uint256 batchId);
    /// @dev `batchId` cannot be frozen: its challenge window closed at `closedAt`.
    error ChallengeWindowClosed(uint256 batchId, uint256 closedAt);
    /// @dev `batchId` cannot be used yet: its challenge window closes at `closesAt`.
    error ChallengeWindowOpen(uint256 batchId, uint256 closesAt);
    /// @dev `batchId` is frozen (or was, and was released); it cannot be frozen again.
    error BatchNotFreezable(uint256 batchId, BatchStatus status);
    /// @dev `batchId` is not frozen, so there is nothing to release.
    error BatchNotFrozen(uint256 batchId);
    /// @dev `batchId` is frozen: its claims cannot be resolved until the admin releases it.
    error BatchIsFrozen(uint256 batchId);
    /// @dev The leaf of `claimKey` is not a pended claim.
    error ClaimNotPended(bytes32 claimKey);
    /// @dev The Merkle proof does not lead from the leaf to the batch's root.
    error InvalidMerkleProof(bytes32 claimKey);
    /// @dev The pended leaf of `claimKey` was resolved already.
    error ClaimAlreadyResolved(bytes32 claimKey, Resolution resolution);
    /// @dev The pended leaf of `claimKey` was reversed by a corrected claim before it was
    /// resolved: it can never be.
    error ClaimVoided(bytes32 claimKey);
    /// @dev A resolution of `claimKey` asked to credit `cents`, more than the `held` cents its
    /// leaf commits to, or anything at all with a denial.
    error ResolutionExceedsHeld(bytes32 claimKey, uint256 cents, uint256 held);
    /// @dev The reversal at `index` names a zero leaf hash.
    error ZeroReversalLeaf(uint256 index);
    /// @dev The reversal at `index` names a zero provider key.
    error ZeroReversalKey(uint256 index);
    /// @dev `leaf` was reversed already; a leaf is reversed once.
    error AlreadyReversed(bytes32 leaf);
    /// @dev The reversal at `index` takes back `cents`, more than a credit can be (2^96 - 1).
    error ReversalTooLarge(uint256 index, uint256 cents);
    /// @dev `providerKey` has no payout address in effect in the provider registry.
    error PayoutNotRegistered(bytes32 providerKey);
    /// @dev `providerKey` has nothing withdrawable now.
    error NothingToWithdraw(bytes32 providerKey);
    /// @dev A funding or escrow withdrawal amount of zero.
    error ZeroAmount();
    /// @dev A constructor argument was the zero address.
    error ZeroAddress();
    /// @dev A setting was out of range: `what` names it.
    error InvalidSetting(string what);
    /// @dev There is no request to take back escrow.
    error NoEscrowWithdrawal();
    /// @dev The request to take back escrow can be executed from `readyAt`.
    error EscrowWithdrawalNotReady(uint48 readyAt);

    /**
     * @notice Binds the escrow to `settlementToken` and the payout addresses to `providerRegistry`,
     * makes `admin` the default admin (transferred in two steps after `adminDelay` seconds) and
     * gives each operational role to its own key.
     *
     * Requirements:
     *
     * - no address may be zero.
     * - the settings must pass the checks of their setters.
     */
    constructor(
        IERC20 settlementToken,
        IProviderPayouts providerRegistry,
        address admin,
        uint48 adminDelay,
        Roles memory roles,
        Settings memory settings
    ) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (
            address(settlementToken) == address(0) ||
            address(providerRegistry) == address(0) ||
            roles.adjudicator == address(0) ||
            roles.insurer == address(0) ||
            roles.fraudAnalyst == address(0) ||
            roles.guardian == address(0)
        ) revert ZeroAddress();
        _token = settlementToken;
        _providers = providerRegistry;
        _grantRole(ADJUDICATOR_ROLE, roles.adjudicator);
        _grantRole(INSURER_ROLE, roles.insurer);
        _grantRole(FRAUD_ANALYST_ROLE, roles.fraudAnalyst);
        _grantRole(GUARDIAN_ROLE, roles.guardian);
        // Epochs start at 2 so that a bucket's epoch 0 means "never used" and e - 2 never underflows.
        _clock = EpochClock({start: uint64(block.timestamp), base: 2, length: 1});
        _setChallengeWindow(settings.challengeWindow);
        _setMaxBatchOffsets(settings.maxBatchOffsets);
        _setPayoutCaps(settings.maxBatchCents, settings.windowCapCents, settings.capWindow);
        _setEscrowWithdrawalDelay(settings.escrowWithdrawalDelay);
    }

    // ------------------------------------------------------------------ settlement

    /**
     * @notice Settles input offsets [`fromOffset`, `toOffset`) of `partition`: records the batch,
     * credits `amounts[i]` to `providerKeys[i]` (withdrawable after the challenge window) and
     * records `pendedClaims` as pending. Returns the new batch id (1 for the first batch).
     *
     * Emits a {BatchSettled} event with the credits, then one {ClaimPended} event per pended
     * claim.
     *
     * Requirements:
     *
     * - the caller must have `ADJUDICATOR_ROLE` and the contract must not be paused.
     * - `fromOffset` must equal `nextOffset(partition)` and `toOffset` must be greater.
     * - the batch may cover at most {maxBatchOffsets} offsets, and `claimCount` cannot exceed them.
     * - `merkleRoot` cannot be zero.
     * - credits must be sorted by provider key, each key once, none zero, no amount zero.
     * - the credits must fit the per-batch cap, the window cap and the unallocated escrow.
     */
    function settleBatch(
        uint32 partition,
        uint64 fromOffset,
        uint64 toOffset,
        bytes32 merkleRoot,
        bytes32 policyHash,
        uint32 claimCount,
        bytes32[] calldata providerKeys,
        uint256[] calldata amounts,
        bytes32[] calldata pendedClaims
    ) external onlyRole(ADJUDICATOR_ROLE) whenNotPaused returns (uint256 batchId) {
        uint64 expected = _nextOffset[partition];
        if (fromOffset != expected) revert OffsetMismatch(partition, expected, fromOffset);
        if (toOffset <= fromOffset) revert EmptyBatch();
        Limits memory lim = _limits;
        uint64 range = toOffset - fromOffset;
        if (range > lim.maxBatchOffsets) revert BatchRangeTooLarge(range, lim.maxBatchOffsets);
        if (claimCount > range) revert ClaimCountExceedsRange(claimCount, range);
        if (merkleRoot == bytes32(0)) revert EmptyMerkleRoot();
        uint256 total = _checkCredits(providerKeys, amounts);
        Totals memory totals = _totals;
        if (total > 0) {
            if (total > lim.maxBatchCents) revert BatchCapExceeded(total, lim.maxBatchCents);
            Escrow memory escrow = _escrow;
            uint256 room = _windowRoom(totals, escrow.windowCapCents, lim.capWindow);
            if (total > room) revert WindowCapExceeded(total, room);
            uint256 free = _free(escrow.held, totals.outstanding);
            if (total > free) revert InsufficientEscrow(total, free);
            totals.windowUsed = uint80(escrow.windowCapCents - room + total);
            totals.windowAt = uint32(block.timestamp);
        }

        bytes32 creditsDigest = keccak256(abi.encodePacked(providerKeys, amounts));
        uint32 epoch = _epoch();
        batchId = ++totals.batchCount;
        totals.outstanding += uint96(total);
        _totals = totals;
        _nextOffset[partition] = toOffset;
        _batches[batchId] = Batch({
            commitment: _commit(
                BatchHeader(partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, creditsDigest)
            ),
            epoch: epoch
        });
        emit BatchSettled(
            batchId,
            partition,
            fromOffset,
            toOffset,
            merkleRoot,
            policyHash,
            claimCount,
            total,
            creditsDigest,
            epoch,
            providerKeys,
            amounts
        );
        for (uint256 i; i < providerKeys.length; ++i) {
            _credit(providerKeys[i], amounts[i], epoch);
        }
        for (uint256 i; i < pendedClaims.length; ++i) {
            emit ClaimPended(batchId, pendedClaims[i]);
        }
    }

    /**
     * @notice Pays everything `providerKey` can withdraw now to its registered payout address,
     * less its debt ({owedBy}), which is paid first. Anyone may call it on the provider's
     * behalf; the money only ever goes to that address. Returns the amount paid.
     *
     * The gross amount (withdrawable balance and matured credits) stops being owed; `offset =
     * min(gross, debt)` of it pays the debt and returns to the unallocated escrow, and the rest
     * is transferred. When the debt takes it all, nothing is transferred and the call still
     * succeeds, emitting {ProviderWithdrew} with an amount of 0.
     *
     * Emits a {DebtRecovered} event when a debt was paid, then a {ProviderWithdrew} event.
     *
     * Requirements:
     *
     * - the contract must not be paused.
     * - `providerKey` must have a payout address in effect in the provider registry.
     * - something must be withdrawable: credits whose challenge window has closed.
     */
    function withdraw(bytes32 providerKey) external whenNotPaused returns (uint256 amount) {
        address payout = _providers.payoutOf(providerKey);
        if (payout == address(0)) revert PayoutNotRegistered(providerKey);
        (Account memory a, uint256 gross) = _mature(providerKey);
        if (gross == 0) revert NothingToWithdraw(providerKey);
        amount = gross;
        uint256 debt = _owed[providerKey];
        if (debt != 0) {
            uint256 offset = debt < gross ? debt : gross;
            _owed[providerKey] = debt - offset;
            amount = gross - offset;
            emit DebtRecovered(providerKey, offset);
        }
        _accounts[providerKey] = Account({available: 0, withdrawn: a.withdrawn + uint128(amount)});
        _totals.outstanding -= uint96(gross);
        if (amount != 0) {
            _escrow.held -= uint128(amount);
            _token.safeTransfer(payout, amount);
        }
        emit ProviderWithdrew(providerKey, payout, amount, msg.sender);
    }

    /**
     * @notice Takes back what earlier decisions credited, for the corrected claims (voids and
     * replacements) the engine decided: see "Corrected claims" above. For each reversal, in
     * order, the leaf is marked reversed, and:
     *
     * - a credited original (`pended` false): `cents` is taken from the provider's withdrawable
     *   balance, its matured credits moved there first; what that does not cover is added to
     *   its debt, paid by its next withdrawals. Credits inside their challenge window stay put.
     * - a pended original still open is voided: {resolvePended} refuses it ({ClaimVoided}).
     * - a pended original approved is taken back like a credit, for what its approval credited
     *   (less than `cents` when only some lines were approved); one denied, not at all.
     *
     * The amounts are the engine's word, not proven here; the audit checks them off chain.
     *
     * Emits one {CreditReversed} event per reversal.
     *
     * Requirements:
     *
     * - the caller must have `ADJUDICATOR_ROLE` and the contract must not be paused.
     * - no leaf or provider key may be zero, and no `cents` above 2^96 - 1.
     * - no leaf may have been reversed before, in this call or an earlier one.
     */
    function reverseCredits(Reversal[] calldata reversals) external onlyRole(ADJUDICATOR_ROLE) whenNotPaused {
        uint256 recoveredTotal;
        for (uint256 i; i < reversals.length; ++i) {
            Reversal calldata r = reversals[i];
            if (r.leaf == bytes32(0)) revert ZeroReversalLeaf(i);
            if (r.providerKey == bytes32(0)) revert ZeroReversalKey(i);
            if (r.cents > type(uint96).max) revert ReversalTooLarge(i, r.cents);
            LeafState memory s = _leaves[r.leaf];
            if (s.reversed) revert AlreadyReversed(r.leaf);
            s.reversed = true;
            bool voided;
            uint256 take = r.cents;
            if (r.pended) {
                if (s.resolution == Resolution.Open) {
                    s.resolution = Resolution.Voided;
                    voided = true;
                }
                // Only an approval credited anything, and only what it approved.
                take = s.resolution == Resolution.Approved ? s.approvedCents : 0;
            }
            _leaves[r.leaf] = s;
            uint256 recovered;
            uint256 owed;
            if (take != 0) {
                (recovered, owed) = _takeBack(r.providerKey, take);
                recoveredTotal += recovered;
            }
            emit CreditReversed(r.leaf, r.providerKey, r.claimKey, r.cents, r.pended, voided, recovered, owed);
        }
        if (recoveredTotal != 0) _totals.outstanding -= uint96(recoveredTotal);
    }

    // ------------------------------------------------------------------ guardian and admin

    /**
     * @notice Freezes `batchId` inside its challenge window: its credits, given as `providerKeys`
     * and `amounts` exactly as the batch settled them, will not become withdrawable.
     *
     * Emits a {BatchFrozen} event.
     *
     * Requirements:
     *
     * - the caller must have `GUARDIAN_ROLE`.
     * - the batch must exist, never have been frozen, and be inside its challenge window.
     * - `header` must be the batch's header and the credits must match its creditsDigest.
     */
    function freezeBatch(
        uint256 batchId,
        BatchHeader calldata header,
        bytes32[] calldata providerKeys,
        uint256[] calldata amounts
    ) external onlyRole(GUARDIAN_ROLE) {
        Batch memory batch = _checkHeader(batchId, header);
        BatchStatus status = _status[batchId];
        if (status != BatchStatus.Settled) revert BatchNotFreezable(batchId, status);
        if (_epoch() >= batch.epoch + 2) revert ChallengeWindowClosed(batchId, _epochStart(batch.epoch + 2));
        _checkCreditList(batchId, header, providerKeys, amounts);
        _status[batchId] = BatchStatus.Frozen;
        uint256 total;
        bool odd = batch.epoch & 1 == 1;
        for (uint256 i; i < providerKeys.length; ++i) {
            // The credit is still in the bucket of the batch's epoch: that bucket only moves on
            // in epoch + 2, when the window has closed.
            Buckets storage b = _pending[providerKeys[i]];
            uint96 amount = uint96(amounts[i]);
            if (odd) b.amount1 -= amount;
            else b.amount0 -= amount;
            total += amount;
        }
        _totals.outstanding -= uint96(total);
        emit BatchFrozen(batchId, msg.sender, total);
    }

    /**
     * @notice Releases frozen `batchId`: its credits become withdrawable at once.
     *
     * Emits a {BatchReleased} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     * - the batch must be frozen, `header` must be its header and the credits must match it.
     * - the unallocated escrow must cover the credits again.
     */
    function releaseBatch(
        uint256 batchId,
        BatchHeader calldata header,
        bytes32[] calldata providerKeys,
        uint256[] calldata amounts
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _checkHeader(batchId, header);
        if (_status[batchId] != BatchStatus.Frozen) revert BatchNotFrozen(batchId);
        _checkCreditList(batchId, header, providerKeys, amounts);
        uint256 total;
        for (uint256 i; i < amounts.length; ++i) total += amounts[i];
        uint256 free = _unallocated();
        if (total > free) revert InsufficientEscrow(total, free);
        _status[batchId] = BatchStatus.Released;
        for (uint256 i; i < providerKeys.length; ++i) {
            _accounts[providerKeys[i]].available += uint128(amounts[i]);
        }
        _totals.outstanding += uint96(total);
        emit BatchReleased(batchId, msg.sender, total);
    }

    /**
     * @notice Stops settlement, withdrawals, claim resolution and escrow withdrawals.
     *
     * Emits a {Paused} event.
     *
     * Requirements:
     *
     * - the caller must have `GUARDIAN_ROLE` and the contract must not be paused.
     */
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /**
     * @notice Resumes what {pause} stopped.
     *
     * Emits an {Unpaused} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE` and the contract must be paused.
     */
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    /**
     * @notice Sets the challenge window (and epoch length). The current epoch restarts now, so no
     * credit waits less than one new window from this moment.
     *
     * Emits a {ChallengeWindowChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     * - `window` must be at least one second.
     */
    function setChallengeWindow(uint64 window) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setChallengeWindow(window);
    }

    /**
     * @notice Sets the most offsets one batch may cover.
     *
     * Emits a {MaxBatchOffsetsChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     * - `maxOffsets` cannot be zero.
     */
    function setMaxBatchOffsets(uint64 maxOffsets) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setMaxBatchOffsets(maxOffsets);
    }

    /**
     * @notice Sets the escrow withdrawal delay for requests made from now on.
     *
     * Emits an {EscrowWithdrawalDelayChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     */
    function setEscrowWithdrawalDelay(uint48 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setEscrowWithdrawalDelay(delay);
    }

    // ------------------------------------------------------------------ insurer

    /**
     * @notice Moves `amount` token units from the caller into the escrow. The caller must have
     * approved this contract for at least `amount` first.
     *
     * Emits an {EscrowFunded} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - `amount` cannot be zero.
     */
    function fund(uint256 amount) external onlyRole(INSURER_ROLE) {
        if (amount == 0) revert ZeroAmount();
        _escrow.held += SafeCast.toUint128(amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
        emit EscrowFunded(msg.sender, amount);
    }

    /**
     * @notice Caps credits at `maxBatchCents` per batch and `windowCapCents` per `capWindow`
     * seconds (a bucket of that size refilling over the window).
     *
     * Emits a {PayoutCapsChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - no value may be zero.
     */
    function setPayoutCaps(
        uint96 maxBatchCents,
        uint80 windowCapCents,
        uint48 capWindow
    ) external onlyRole(INSURER_ROLE) {
        _setPayoutCaps(maxBatchCents, windowCapCents, capWindow);
    }

    /**
     * @notice Asks to take back `amount` of escrow that is not owed to any provider, to the
     * caller, after {escrowWithdrawalDelay}. Replaces an earlier request.
     *
     * Emits an {EscrowWithdrawalRequested} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - `amount` cannot be zero.
     */
    function requestEscrowWithdrawal(uint256 amount) external onlyRole(INSURER_ROLE) {
        if (amount == 0) revert ZeroAmount();
        uint48 readyAt = uint48(block.timestamp) + _limits.escrowWithdrawalDelay;
        _escrowWithdrawal = EscrowWithdrawal({to: msg.sender, readyAt: readyAt, amount: amount});
        emit EscrowWithdrawalRequested(msg.sender, amount, readyAt);
    }

    /**
     * @notice Cancels the pending request to take back escrow.
     *
     * Emits an {EscrowWithdrawalCancelled} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - there must be a request.
     */
    function cancelEscrowWithdrawal() external onlyRole(INSURER_ROLE) {
        uint256 amount = _escrowWithdrawal.amount;
        if (amount == 0) revert NoEscrowWithdrawal();
        delete _escrowWithdrawal;
        emit EscrowWithdrawalCancelled(msg.sender, amount);
    }

    /**
     * @notice Pays out the request to take back escrow once its delay has passed. Only escrow that
     * no provider is owed can leave: credits, pending or withdrawable, are never touched.
     *
     * Emits an {EscrowWithdrawn} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE` and the contract must not be paused.
     * - there must be a request whose delay has passed.
     * - the unallocated escrow must cover it.
     */
    function executeEscrowWithdrawal() external onlyRole(INSURER_ROLE) whenNotPaused {
        EscrowWithdrawal memory w = _escrowWithdrawal;
        if (w.amount == 0) revert NoEscrowWithdrawal();
        if (block.timestamp < w.readyAt) revert EscrowWithdrawalNotReady(w.readyAt);
        uint256 free = _unallocated();
        if (w.amount > free) revert InsufficientEscrow(w.amount, free);
        delete _escrowWithdrawal;
        _escrow.held -= uint128(w.amount);
        _token.safeTransfer(w.to, w.amount);
        emit EscrowWithdrawn(w.to, w.amount);
    }

    // ------------------------------------------------------------------ fraud analyst

    /**
     * @notice Approves or denies the pended claim `leaf`, proven by `proof` against the root of
     * `batchId` (whose `header` must be given). Approval credits the provider `cents`,
     * withdrawable at once (the batch's challenge window has passed): `leaf.cents` approves the
     * whole claim, less approves some of its lines (the analyst's note, as `noteHash`, names
     * which). The chain cannot see the lines, so it bounds the amount by what the leaf holds;
     * an approval can only ever credit less than the adjudicator committed to. A leaf is
     * resolved once; a replacement claim, with the same claim key in another leaf, is resolved
     * on its own. The analyst's note goes on chain only as `noteHash`.
     *
     * Emits a {ClaimResolved} event.
     *
     * Requirements:
     *
     * - the caller must have `FRAUD_ANALYST_ROLE` and the contract must not be paused.
     * - the batch must exist, not be frozen, and be past its challenge window.
     * - the leaf must be a pended claim, proven against the batch's root, not yet resolved,
     *   and not reversed by a corrected claim ({ClaimVoided}).
     * - `cents` must be at most `leaf.cents` on approval, and 0 on denial
     *   ({ResolutionExceedsHeld}).
     * - on approval, the unallocated escrow must cover `cents`.
     */
    function resolvePended(
        uint256 batchId,
        BatchHeader calldata header,
        Leaf calldata leaf,
        bytes32[] calldata proof,
        bool approve,
        uint256 cents,
        bytes32 noteHash
    ) external onlyRole(FRAUD_ANALYST_ROLE) whenNotPaused {
        Batch memory batch = _checkHeader(batchId, header);
        if (_status[batchId] == BatchStatus.Frozen) revert BatchIsFrozen(batchId);
        if (_epoch() < batch.epoch + 2) revert ChallengeWindowOpen(batchId, _epochStart(batch.epoch + 2));
        if (leaf.outcome != OUTCOME_PEND) revert ClaimNotPended(leaf.claimKey);
        bytes32 h = leafHash(leaf);
        if (!MerkleProof.verifyCalldata(proof, header.merkleRoot, h)) {
            revert InvalidMerkleProof(leaf.claimKey);
        }
        LeafState storage s = _leaves[h];
        Resolution previous = s.resolution;
        if (previous == Resolution.Voided || (previous == Resolution.Open && s.reversed)) {
            revert ClaimVoided(leaf.claimKey);
        }
        if (previous != Resolution.Open) revert ClaimAlreadyResolved(leaf.claimKey, previous);
        if (approve ? cents > leaf.cents : cents != 0) revert ResolutionExceedsHeld(leaf.claimKey, cents, leaf.cents);
        s.resolution = approve ? Resolution.Approved : Resolution.Denied;
        uint256 amount;
        if (cents > 0) {
            // The leaf's amount is whatever the adjudicator committed to: bound it to the width
            // the totals keep before it is counted anywhere.
            amount = SafeCast.toUint96(cents);
            uint256 free = _unallocated();
            if (amount > free) revert InsufficientEscrow(amount, free);
            s.approvedCents = uint96(amount);
            _accounts[leaf.providerKey].available += uint128(amount);
            _totals.outstanding += uint96(amount);
        }
        emit ClaimResolved(leaf.claimKey, batchId, approve, leaf.providerKey, amount, noteHash, msg.sender);
    }

    // ------------------------------------------------------------------ views

    /**
     * @notice The Merkle leaf of one decision as the engine must build it: the ABI encoding of
     * this chain's id, this contract's address and the leaf's fields, hashed twice
     * (OpenZeppelin's guard against passing an inner node off as a leaf).
     */
    function leafHash(Leaf calldata leaf) public view returns (bytes32) {
        return
            keccak256(
                bytes.concat(
                    keccak256(
                        abi.encode(
                            block.chainid,
                            address(this),
                            leaf.claimKey,
                            leaf.partition,
                            leaf.offset,
                            leaf.providerKey,
                            leaf.cents,
                            leaf.outcome,
                            leaf.recordDigest
                        )
                    )
                )
            );
    }

    /**
     * @notice What `batchId` committed to (the first 28 bytes of the keccak256 of its ABI-encoded
     * header), the epoch its credits went to, its status, and when its challenge window closes.
     * All zero for an unknown batch.
     */
    function batchInfo(
        uint256 batchId
    ) external view returns (bytes28 commitment, uint32 epoch, BatchStatus status, uint256 windowClosesAt) {
        Batch memory b = _batches[batchId];
        if (b.commitment == bytes28(0)) return (0, 0, BatchStatus.Settled, 0);
        return (b.commitment, b.epoch, _status[batchId], _epochStart(b.epoch + 2));
    }

    /**
     * @notice The commitment of `header`, as {batchInfo} reports it for a batch that settled it.
     */
    function batchCommitment(BatchHeader calldata header) external pure returns (bytes28) {
        return _commit(header);
    }

    /**
     * @notice Cents credited to `providerKey` that are still inside their challenge window, and
     * cents it can withdraw now, both net of its debt ({owedBy}): the debt reduces what is
     * withdrawable first, then what is pending.
     */
    function balanceOf(bytes32 providerKey) external view returns (uint256 pending, uint256 withdrawable) {
        uint32 epoch = _epoch();
        Buckets memory b = _pending[providerKey];
        withdrawable = _accounts[providerKey].available;
        if (b.epoch0 + 2 <= epoch) withdrawable += b.amount0;
        else pending += b.amount0;
        if (b.epoch1 + 2 <= epoch) withdrawable += b.amount1;
        else pending += b.amount1;
        uint256 debt = _owed[providerKey];
        if (debt != 0) {
            uint256 cut = debt < withdrawable ? debt : withdrawable;
            withdrawable -= cut;
            debt -= cut;
            pending -= debt < pending ? debt : pending;
        }
    }

    /**
     * @notice Cents `providerKey` owes: reversed credits it had already withdrawn (or that were
     * still in their challenge window), which its next withdrawals pay first.
     */
    function owedBy(bytes32 providerKey) external view returns (uint256) {
        return _owed[providerKey];
    }

    /**
     * @notice Whether a corrected claim reversed the decision whose leaf hash is `leaf`.
     */
    function isReversed(bytes32 leaf) external view returns (bool) {
        return _leaves[leaf].reversed;
    }

    /**
     * @notice Cents `providerKey` has withdrawn so far.
     */
    function withdrawnBy(bytes32 providerKey) external view returns (uint256) {
        return _accounts[providerKey].withdrawn;
    }

    /**
     * @notice Where the pended claim whose leaf hash ({leafHash}) is `leaf` stands; Open for
     * any other leaf.
     */
    function resolutionOf(bytes32 leaf) external view returns (Resolution) {
        return _leaves[leaf].resolution;
    }

    /**
     * @notice The first input offset of `partition` that has not been settled yet; a consumer
     * resumes reading there.
     */
    function nextOffset(uint32 partition) external view returns (uint64) {
        return _nextOffset[partition];
    }

    /**
     * @notice The number of batches settled so far, which is also the id of the latest one.
     */
    function batchCount() external view returns (uint256) {
        return _totals.batchCount;
    }

    /**
     * @notice Cents owed to providers: credited and not yet withdrawn (frozen credits excluded).
     */
    function outstanding() external view returns (uint256) {
        return _totals.outstanding;
    }

    /**
     * @notice Token units the escrow holds: funded through {fund} and not yet paid out.
     */
    function escrowBalance() external view returns (uint256) {
        return _escrow.held;
    }

    /**
     * @notice Token units the escrow holds that no provider is owed: what new credits and escrow
     * withdrawals can draw on.
     */
    function unallocatedEscrow() external view returns (uint256) {
        return _unallocated();
    }

    /**
     * @notice The current epoch; a batch's credits become withdrawable at its epoch + 2.
     */
    function currentEpoch() external view returns (uint32) {
        return _epoch();
    }

    /**
     * @notice The challenge window in seconds, the most offsets per batch, the per-batch cap, the
     * window cap with its window, and what is left under the window cap now.
     */
    function limits()
        external
        view
        returns (
            uint64 challengeWindow,
            uint64 maxBatchOffsets,
            uint96 maxBatchCents,
            uint256 windowCapCents,
            uint48 capWindow,
            uint256 windowCapAvailable
        )
    {
        Limits memory l = _limits;
        uint80 cap = _escrow.windowCapCents;
        return (_clock.length, l.maxBatchOffsets, l.maxBatchCents, cap, l.capWindow, _windowRoom(_totals, cap, l.capWindow));
    }

    /**
     * @notice The pending request to take back escrow: its recipient, amount and when it can
     * be executed; all zero when there is none.
     */
    function escrowWithdrawal() external view returns (address to, uint256 amount, uint48 readyAt, uint48 delay) {
        EscrowWithdrawal memory w = _escrowWithdrawal;
        return (w.to, w.amount, w.readyAt, _limits.escrowWithdrawalDelay);
    }

    /**
     * @notice The settlement token.
     */
    function token() external view returns (IERC20) {
        return _token;
    }

    /**
     * @notice The registry that says where each provider is paid.
     */
    function providers() external view returns (IProviderPayouts) {
        return _providers;
    }

    // ------------------------------------------------------------------ internals

    /// @dev Validates a credit list and returns its sum before anything is written, so a bad
    /// batch reverts without touching the watermark.
    function _checkCredits(
        bytes32[] calldata providerKeys,
        uint256[] calldata amounts
    ) private pure returns (uint256 total) {
        uint256 n = providerKeys.length;
        if (amounts.length != n) revert CreditLengthMismatch(n, amounts.length);
        bytes32 previous;
        for (uint256 i; i < n; ++i) {
            bytes32 key = providerKeys[i];
            if (key == bytes32(0)) revert ZeroCreditKey(i);
            if (i > 0 && key <= previous) revert UnsortedCredits(i);
            if (amounts[i] == 0) revert ZeroCredit(i);
            total += amounts[i];
            previous = key;
        }
    }

    function _credit(bytes32 providerKey, uint256 amount, uint32 epoch) private {
        Buckets memory b = _pending[providerKey];
        if (epoch & 1 == 0) {
            if (b.epoch0 == epoch) {
                b.amount0 += uint96(amount);
            } else {
                // Same parity, different epoch: epoch - 2 or older, so its window has closed.
                if (b.amount0 != 0) _accounts[providerKey].available += b.amount0;
                (b.amount0, b.epoch0) = (uint96(amount), epoch);
            }
        } else {
            if (b.epoch1 == epoch) {
                b.amount1 += uint96(amount);
            } else {
                if (b.amount1 != 0) _accounts[providerKey].available += b.amount1;
                (b.amount1, b.epoch1) = (uint96(amount), epoch);
            }
        }
        _pending[providerKey] = b;
    }

    /// @dev Moves the provider's matured pending buckets (epoch + 2 <= now) to what it can
    /// withdraw, and returns its account as read and that withdrawable amount. Writes the
    /// buckets only when one matured; the caller writes the account.
    function _mature(bytes32 providerKey) private returns (Account memory a, uint256 amount) {
        uint32 epoch = _epoch();
        Buckets memory b = _pending[providerKey];
        a = _accounts[providerKey];
        amount = a.available;
        bool matured;
        if (b.epoch0 != 0 && b.epoch0 + 2 <= epoch && b.amount0 != 0) {
            amount += b.amount0;
            b.amount0 = 0;
            matured = true;
        }
        if (b.epoch1 != 0 && b.epoch1 + 2 <= epoch && b.amount1 != 0) {
            amount += b.amount1;
            b.amount1 = 0;
            matured = true;
        }
        if (matured) _pending[providerKey] = b;
    }

    /// @dev Takes `cents` back from `providerKey`: from its withdrawable balance (matured
    /// credits included) as far as it goes, the rest as debt. The caller lowers the outstanding
    /// total by `recovered`.
    function _takeBack(bytes32 providerKey, uint256 cents) private returns (uint256 recovered, uint256 owed) {
        (Account memory a, uint256 available) = _mature(providerKey);
        recovered = cents < available ? cents : available;
        owed = cents - recovered;
        a.available = uint128(available - recovered);
        _accounts[providerKey] = a;
        if (owed != 0) _owed[providerKey] += owed;
    }

    function _checkHeader(uint256 batchId, BatchHeader calldata header) private view returns (Batch memory batch) {
        batch = _batches[batchId];
        if (batch.commitment == bytes28(0)) revert UnknownBatch(batchId);
        if (_commit(header) != batch.commitment) revert BatchHeaderMismatch(batchId);
    }

    function _checkCreditList(
        uint256 batchId,
        BatchHeader calldata header,
        bytes32[] calldata providerKeys,
        uint256[] calldata amounts
    ) private pure {
        if (providerKeys.length != amounts.length) revert CreditLengthMismatch(providerKeys.length, amounts.length);
        if (keccak256(abi.encodePacked(providerKeys, amounts)) != header.creditsDigest) revert CreditsMismatch(batchId);
    }

    function _commit(BatchHeader memory header) private pure returns (bytes28) {
        return bytes28(keccak256(abi.encode(header)));
    }

    function _unallocated() private view returns (uint256) {
        return _free(_escrow.held, _totals.outstanding);
    }

    function _free(uint256 held, uint256 owed) private pure returns (uint256) {
        return held > owed ? held - owed : 0;
    }

    /// @dev What the window cap lets through now: the cap less what was credited, refilled
    /// linearly over `capWindow` seconds since the last credit (a token bucket, like
    /// OpenZeppelin's RateLimiter, kept in the totals slot to save a slot write per batch).
    function _windowRoom(Totals memory t, uint80 cap, uint48 capWindow) private view returns (uint256) {
        uint256 refill = ((block.timestamp - t.windowAt) * cap) / capWindow;
        uint256 used = t.windowUsed > refill ? t.windowUsed - refill : 0;
        return used >= cap ? 0 : cap - used;
    }

    function _epoch() private view returns (uint32) {
        EpochClock memory c = _clock;
        return uint32(c.base + (block.timestamp - c.start) / c.length);
    }

    /// @dev When `epoch` starts (or started, on the current clock).
    function _epochStart(uint32 epoch) private view returns (uint256) {
        EpochClock memory c = _clock;
        if (epoch <= c.base) return c.start;
        return c.start + (uint256(epoch) - c.base) * c.length;
    }

    function _setChallengeWindow(uint64 window) private {
        if (window == 0 || window > MAX_DELAY) revert InvalidSetting("challengeWindow");
        EpochClock memory c = _clock;
        emit ChallengeWindowChanged(c.length, window);
        _clock = EpochClock({start: uint64(block.timestamp), base: _epoch(), length: window});
    }

    function _setEscrowWithdrawalDelay(uint48 delay) private {
        // A delay past any horizon would only make requests overflow; ten years is plenty.
        if (delay > MAX_DELAY) revert InvalidSetting("escrowWithdrawalDelay");
        emit EscrowWithdrawalDelayChanged(_limits.escrowWithdrawalDelay, delay);
        _limits.escrowWithdrawalDelay = delay;
    }

    function _setMaxBatchOffsets(uint64 maxOffsets) private {
        if (maxOffsets == 0) revert InvalidSetting("maxBatchOffsets");
        emit MaxBatchOffsetsChanged(_limits.maxBatchOffsets, maxOffsets);
        _limits.maxBatchOffsets = maxOffsets;
    }

    function _setPayoutCaps(uint96 maxBatchCents, uint80 windowCapCents, uint48 capWindow) private {
        if (maxBatchCents == 0) revert InvalidSetting("maxBatchCents");
        if (windowCapCents == 0) revert InvalidSetting("windowCapCents");
        if (capWindow == 0) revert InvalidSetting("capWindow");
        _limits.maxBatchCents = maxBatchCents;
        _limits.capWindow = capWindow;
        _escrow.windowCapCents = windowCapCents;
        emit PayoutCapsChanged(maxBatchCents, windowCapCents, capWindow);
    }
}
