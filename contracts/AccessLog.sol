// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.27;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/**
 * @title AccessLog
 * @notice The public audit trail of who looked at a claim's details, when and why: one
 * {ClaimAccessed} event per look, by anyone (a provider over the API, a fraud analyst, an
 * auditor's command).
 *
 * Looks are first written to a Kafka topic, each at an offset of one of its partitions, and the
 * RECORDER writes them here in batches, one transaction per partition per interval. Exactly once
 * per offset, as ClaimSettlement settles claims: for each partition the contract keeps the next
 * offset it expects and accepts a batch only if it starts exactly there ({OffsetMismatch}
 * otherwise), so a recorder that crashed after its transaction was mined, or a second recorder
 * racing it, can never write a look twice, and none is skipped.
 *
 * Codes. `viewerKind`: {VIEWER_ACCOUNT} (1) an analyst's or operator's address, left-padded to
 * 32 bytes; {VIEWER_PROVIDER} (2) a provider, named by the insurer's keyed hash of its NPI (the
 * provider key of ClaimSettlement's credits). `purpose`: {PURPOSE_PROVIDER_STATUS} (1) a provider
 * read the claim's status and decision; {PURPOSE_PROVIDER_PROOF} (2) the same with the record's
 * Merkle proof; {PURPOSE_PROVIDER_REMITTANCE} (3) the claim was on an 835 remittance a provider
 * fetched; {PURPOSE_REVIEW} (4) a fraud analyst opened the claim; {PURPOSE_AUDIT} (5) an audit or
 * verification exported the claim's record.
 *
 * @dev No health data is written here: a claim is named only by the insurer's keyed hash of its
 * claim id (the claim key of ClaimSettlement's leaves), a provider by its keyed provider key.
 * Gas: nothing is stored per look, only one slot per partition (its watermark); each look costs
 * its calldata and one log.
 */
contract AccessLog is AccessControlDefaultAdminRules {
    /// @notice Role allowed to record looks: the recorder's own signing key (never the
    /// adjudicator's, whose nonces it would race).
    bytes32 public constant RECORDER_ROLE = keccak256("RECORDER_ROLE");

    /// @notice Viewer kind: an analyst's or operator's address, left-padded to 32 bytes.
    uint8 public constant VIEWER_ACCOUNT = 1;
    /// @notice Viewer kind: a provider, by the keyed hash of its NPI.
    uint8 public constant VIEWER_PROVIDER = 2;

    /// @notice Purpose: a provider read the claim's status and decision (GET /v1/claims/{id}).
    uint8 public constant PURPOSE_PROVIDER_STATUS = 1;
    /// @notice Purpose: a provider read the claim with its record's Merkle proof (?proof=true).
    uint8 public constant PURPOSE_PROVIDER_PROOF = 2;
    /// @notice Purpose: the claim was on an 835 remittance a provider fetched.
    uint8 public constant PURPOSE_PROVIDER_REMITTANCE = 3;
    /// @notice Purpose: a fraud analyst opened the claim (`claims review show`, the console).
    uint8 public constant PURPOSE_REVIEW = 4;
    /// @notice Purpose: an audit or verification exported the claim's record (`claims verify --export`).
    uint8 public constant PURPOSE_AUDIT = 5;

    /// @notice One look at a claim, as the recorder read it at `offset` of its partition. (The
    /// time is `accessedAt`, not `at`: solc 0.8.37 warns that `at` becomes a keyword.)
    struct Access {
        /// The keyed hash of the claim id.
        bytes32 claimKey;
        /// Who looked: an address left-padded (VIEWER_ACCOUNT) or a provider key (VIEWER_PROVIDER).
        bytes32 viewer;
        uint8 viewerKind;
        uint8 purpose;
        /// When the look happened, unix seconds, as the service that served it saw it.
        uint64 accessedAt;
        /// Where the look sits in its partition: within the batch's range, increasing. Looks the
        /// recorder could not read are left out, so offsets may skip.
        uint64 offset;
    }

    mapping(uint32 partition => uint64) private _nextOffset;

    /// @notice `viewer` looked at the claim `claimKey` at `accessedAt` for `purpose`; the look was read
    /// at `offset` of `partition`.
    event ClaimAccessed(
        bytes32 indexed claimKey,
        bytes32 indexed viewer,
        uint8 viewerKind,
        uint8 purpose,
        uint64 accessedAt,
        uint32 partition,
        uint64 offset
    );
    /// @notice Offsets [`fromOffset`, `toOffset`) of `partition` were recorded: `count` looks
    /// (fewer than the offsets when some could not be read).
    event AccessBatchRecorded(uint32 indexed partition, uint64 fromOffset, uint64 toOffset, uint256 count);

    // OffsetMismatch and EmptyBatch have ClaimSettlement's exact signatures, so their selectors
    // are the same and a revert decodes to one name and meaning whichever contract raised it.

    /// @dev The batch does not start at the partition's watermark: the range was already
    /// recorded (a replay, or another recorder won) or a gap would open.
    error OffsetMismatch(uint32 partition, uint64 expected, uint64 given);
    /// @dev The batch covers no offsets.
    error EmptyBatch();
    /// @dev The batch carries `count` looks, more than the `offsets` it covers.
    error TooManyAccesses(uint256 count, uint64 offsets);
    /// @dev The look at `index` names a zero claim key, which no keyed hash produces.
    error ZeroClaimKey(uint256 index);
    /// @dev The look at `index` names a zero viewer.
    error ZeroViewer(uint256 index);
    /// @dev The look at `index` has a viewer kind other than VIEWER_ACCOUNT and VIEWER_PROVIDER.
    error UnknownViewerKind(uint256 index, uint8 viewerKind);
    /// @dev The look at `index` is by an account, but its viewer is not an address left-padded to
    /// 32 bytes.
    error ViewerNotAnAddress(uint256 index);
    /// @dev The look at `index` has a purpose outside 1 to 5.
    error UnknownPurpose(uint256 index, uint8 purpose);
    /// @dev The look at `index` has no time.
    error ZeroAccessTime(uint256 index);
    /// @dev The look at `index` sits at `offset`, outside the batch's range or not after the
    /// look before it.
    error AccessOffsetOutOfOrder(uint256 index, uint64 offset);
    /// @dev The constructor was given the zero address as the recorder.
    error ZeroRecorder();

    /**
     * @notice Makes `admin` the default admin (transferred in two steps after `adminDelay`
     * seconds), who grants and revokes RECORDER_ROLE, and gives RECORDER_ROLE to `recorder`.
     *
     * Requirements:
     *
     * - `admin` and `recorder` cannot be the zero address.
     */
    constructor(address admin, uint48 adminDelay, address recorder) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (recorder == address(0)) revert ZeroRecorder();
        _grantRole(RECORDER_ROLE, recorder);
    }

    /**
     * @notice Records the looks read at offsets [`fromOffset`, `toOffset`) of `partition` and
     * moves the partition's watermark to `toOffset`.
     *
     * Emits one {ClaimAccessed} event per look, in order, then one {AccessBatchRecorded}.
     *
     * Requirements:
     *
     * - the caller must have `RECORDER_ROLE`.
     * - `fromOffset` must equal `nextOffset(partition)` and `toOffset` must be greater.
     * - `accesses` may hold at most `toOffset - fromOffset` looks.
     * - each look's claim key and viewer cannot be zero; its viewer kind must be 1 or 2 (and an
     *   account viewer an address); its purpose 1 to 5; its time not zero; its offset inside
     *   the range and greater than the previous look's.
     */
    function recordAccess(
        uint32 partition,
        uint64 fromOffset,
        uint64 toOffset,
        Access[] calldata accesses
    ) external onlyRole(RECORDER_ROLE) {
        uint64 expected = _nextOffset[partition];
        if (fromOffset != expected) revert OffsetMismatch(partition, expected, fromOffset);
        if (toOffset <= fromOffset) revert EmptyBatch();
        uint64 range = toOffset - fromOffset;
        uint256 n = accesses.length;
        if (n > range) revert TooManyAccesses(n, range);
        _nextOffset[partition] = toOffset;
        // The offset the next look must reach: strictly increasing, inside the range.
        uint64 floor = fromOffset;
        for (uint256 i; i < n; ++i) {
            Access calldata a = accesses[i];
            _check(i, a);
            if (a.offset < floor || a.offset >= toOffset) revert AccessOffsetOutOfOrder(i, a.offset);
            floor = a.offset + 1;
            emit ClaimAccessed(a.claimKey, a.viewer, a.viewerKind, a.purpose, a.accessedAt, partition, a.offset);
        }
        emit AccessBatchRecorded(partition, fromOffset, toOffset, n);
    }

    /**
     * @notice The first offset of `partition` not recorded yet: where a recorder that takes the
     * partition over resumes reading.
     */
    function nextOffset(uint32 partition) external view returns (uint64) {
        return _nextOffset[partition];
    }

    function _check(uint256 i, Access calldata a) private pure {
        if (a.claimKey == bytes32(0)) revert ZeroClaimKey(i);
        if (a.viewer == bytes32(0)) revert ZeroViewer(i);
        if (a.viewerKind == VIEWER_ACCOUNT) {
            if (uint256(a.viewer) >> 160 != 0) revert ViewerNotAnAddress(i);
        } else if (a.viewerKind != VIEWER_PROVIDER) {
            revert UnknownViewerKind(i, a.viewerKind);
        }
        if (a.purpose < PURPOSE_PROVIDER_STATUS || a.purpose > PURPOSE_AUDIT) revert UnknownPurpose(i, a.purpose);
        if (a.accessedAt == 0) revert ZeroAccessTime(i);
    }
}
