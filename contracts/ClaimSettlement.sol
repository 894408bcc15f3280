// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/**
 * @title ClaimSettlement
 * @notice Pays providers for adjudicated claims out of an insurer-funded escrow, exactly once
 * per input offset range.
 *
 * The adjudication engine reads claims from partitioned, at-least-once input (Kafka). For each
 * partition the contract keeps the next expected input offset (the watermark) and accepts a
 * batch only if it starts exactly there, so a replayed or concurrently settled range reverts
 * with {OffsetMismatch} instead of paying twice. A restarted consumer reads {nextOffset} and
 * resumes from it.
 *
 * Each batch commits to the Merkle root of its decision records. Leaves follow OpenZeppelin's
 * double-hash convention (see {leafHash}) and the tree uses sorted-pair keccak256 hashing, so a
 * single decision can later be proven with `MerkleProof.verify` against {batchRoot}.
 *
 * @dev Gas: chains with EIP-8037 price a new storage slot at ~110k gas and cap a transaction at
 * 2^24 gas. A batch therefore writes two new slots (its offset range and its root) no matter how
 * many claims it covers; paid claims live only in the Merkle tree and in events. The one
 * per-claim slot is for pended claims, which a later transaction must resolve.
 *
 * No health data is ever written here: only keyed hashes, amounts, addresses and roots.
 */
contract ClaimSettlement is AccessControl {
    using SafeERC20 for IERC20;

    /// @notice Role allowed to settle batches: the adjudication engine's signing key.
    bytes32 public constant ADJUDICATOR_ROLE = keccak256("ADJUDICATOR_ROLE");
    /// @notice Role allowed to fund the escrow.
    bytes32 public constant INSURER_ROLE = keccak256("INSURER_ROLE");

    /// @dev One slot: the batch id (starting at 1, so zero means "no batch") and the end offset.
    struct BatchRef {
        uint64 batchId;
        uint64 toOffset;
    }

    IERC20 private immutable _token;

    uint64 private _batchCount;
    mapping(uint32 partition => uint64) private _nextOffset;
    mapping(uint32 partition => mapping(uint64 fromOffset => BatchRef)) private _batchAt;
    mapping(uint256 batchId => bytes32) private _batchRoot;
    mapping(bytes32 claimKey => uint256 batchId) private _pendingBatch;

    /// @notice `insurer` moved `amount` token units into the escrow.
    event EscrowFunded(address indexed insurer, uint256 amount);

    /// @notice Input offsets [`fromOffset`, `toOffset`) of `partition` were settled as `batchId`.
    event BatchSettled(
        uint256 indexed batchId,
        uint32 indexed partition,
        uint64 fromOffset,
        uint64 toOffset,
        bytes32 merkleRoot,
        bytes32 policyHash,
        uint32 claimCount,
        uint256 totalPaid
    );

    /// @notice `claimKey` was pended for review in `batchId`; nothing was paid for it.
    event ClaimPended(uint256 indexed batchId, bytes32 indexed claimKey);

    /// @notice `payee` received `amount` token units from the escrow for `batchId`.
    event ProviderPaid(uint256 indexed batchId, address indexed payee, uint256 amount);

    /// @dev The batch does not start at the partition's watermark: the range was already
    /// settled (a replay) or a gap would open.
    error OffsetMismatch(uint32 partition, uint64 expected, uint64 given);
    /// @dev The batch covers no input offsets.
    error EmptyBatch();
    /// @dev The batch carried a zero Merkle root, which would be indistinguishable from "no batch".
    error EmptyMerkleRoot();
    /// @dev Parallel arrays had different lengths.
    error LengthMismatch();
    /// @dev The escrow holds `available` units, less than the `needed` total of the batch.
    error InsufficientEscrow(uint256 needed, uint256 available);
    /// @dev The payee at `index` was the zero address.
    error ZeroPayee(uint256 index);
    /// @dev The payment at `index` was zero; the engine leaves providers with nothing to receive out.
    error ZeroPayment(uint256 index);
    /// @dev The pended claim key at `index` was zero: the caller forgot to hash.
    error EmptyClaimKey(uint256 index);
    /// @dev A funding amount of zero.
    error ZeroAmount();
    /// @dev A constructor argument was the zero address.
    error ZeroAddress();

    /**
     * @notice Binds the escrow to `settlementToken` and makes `admin` the role administrator.
     *
     * Requirements:
     *
     * - `settlementToken` and `admin` cannot be the zero address.
     */
    constructor(IERC20 settlementToken, address admin) {
        if (address(settlementToken) == address(0) || admin == address(0)) revert ZeroAddress();
        _token = settlementToken;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

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
        _token.safeTransferFrom(msg.sender, address(this), amount);
        emit EscrowFunded(msg.sender, amount);
    }

    /**
     * @notice Settles input offsets [`fromOffset`, `toOffset`) of `partition`: records the batch,
     * marks `pendedClaims` as pending and pays `amounts[i]` to `payees[i]` from the escrow.
     * Returns the new batch id (1 for the first batch).
     *
     * A pended claim key that is already pending keeps its original batch: a second pend of the
     * same claim document is a duplicate, which the engine's rules handle, and reverting here
     * would stall the whole partition.
     *
     * Emits a {BatchSettled} event, then one {ClaimPended} event per newly pended claim and one
     * {ProviderPaid} event per payee.
     *
     * Requirements:
     *
     * - the caller must have `ADJUDICATOR_ROLE`.
     * - `fromOffset` must equal `nextOffset(partition)`.
     * - `toOffset` must be greater than `fromOffset`.
     * - `merkleRoot` cannot be zero.
     * - `payees` and `amounts` must have the same length.
     * - no payee may be the zero address and no amount may be zero.
     * - no pended claim key may be zero.
     * - the escrow must hold at least the sum of `amounts`.
     */
    function settleBatch(
        uint32 partition,
        uint64 fromOffset,
        uint64 toOffset,
        bytes32 merkleRoot,
        bytes32 policyHash,
        uint32 claimCount,
        address[] calldata payees,
        uint256[] calldata amounts,
        bytes32[] calldata pendedClaims
    ) external onlyRole(ADJUDICATOR_ROLE) returns (uint256 batchId) {
        uint64 expected = _nextOffset[partition];
        if (fromOffset != expected) revert OffsetMismatch(partition, expected, fromOffset);
        if (toOffset <= fromOffset) revert EmptyBatch();
        if (merkleRoot == bytes32(0)) revert EmptyMerkleRoot();
        uint256 totalPaid = _checkPayments(payees, amounts);

        uint64 id = ++_batchCount;
        _nextOffset[partition] = toOffset;
        _batchAt[partition][fromOffset] = BatchRef({batchId: id, toOffset: toOffset});
        _batchRoot[id] = merkleRoot;
        emit BatchSettled(id, partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, totalPaid);

        _recordPended(id, pendedClaims);
        _pay(id, payees, amounts);
        return id;
    }

    /**
     * @notice The settlement token.
     */
    function token() external view returns (IERC20) {
        return _token;
    }

    /**
     * @notice The first input offset of `partition` that has not been settled yet; a consumer
     * resumes reading there.
     */
    function nextOffset(uint32 partition) external view returns (uint64) {
        return _nextOffset[partition];
    }

    /**
     * @notice The batch that settled `partition` starting at `fromOffset`: its Merkle root, its
     * exclusive end offset and its id. All three are zero when no batch started there.
     */
    function batchAt(
        uint32 partition,
        uint64 fromOffset
    ) external view returns (bytes32 root, uint64 toOffset, uint256 batchId) {
        BatchRef memory ref = _batchAt[partition][fromOffset];
        return (_batchRoot[ref.batchId], ref.toOffset, ref.batchId);
    }

    /**
     * @notice The Merkle root committed by `batchId`; zero for an unknown batch.
     */
    function batchRoot(uint256 batchId) external view returns (bytes32) {
        return _batchRoot[batchId];
    }

    /**
     * @notice The number of batches settled so far, which is also the id of the latest one.
     */
    function batchCount() external view returns (uint256) {
        return _batchCount;
    }

    /**
     * @notice The batch in which `claimKey` was pended, or zero when it is not pending.
     */
    function pendingBatch(bytes32 claimKey) external view returns (uint256) {
        return _pendingBatch[claimKey];
    }

    /**
     * @notice Token units the escrow holds and can still pay out.
     */
    function escrowBalance() external view returns (uint256) {
        return _token.balanceOf(address(this));
    }

    /**
     * @notice The Merkle leaf of one decision record, as the engine must build it: the ABI
     * encoding of the fields, hashed twice (OpenZeppelin's guard against second-preimage
     * attacks that pass an inner node off as a leaf).
     */
    function leafHash(
        bytes32 claimKey,
        uint32 partition,
        uint64 offset,
        address payee,
        uint256 paidCents,
        uint8 outcome,
        bytes32 recordDigest
    ) external pure returns (bytes32) {
        return
            keccak256(
                bytes.concat(
                    keccak256(abi.encode(claimKey, partition, offset, payee, paidCents, outcome, recordDigest))
                )
            );
    }

    /// @dev Validates the payouts and returns their sum before anything is written, so a bad
    /// batch reverts without touching the watermark.
    function _checkPayments(
        address[] calldata payees,
        uint256[] calldata amounts
    ) private view returns (uint256 totalPaid) {
        uint256 payeeCount = payees.length;
        if (amounts.length != payeeCount) revert LengthMismatch();
        for (uint256 i; i < payeeCount; ++i) {
            if (payees[i] == address(0)) revert ZeroPayee(i);
            if (amounts[i] == 0) revert ZeroPayment(i);
            totalPaid += amounts[i];
        }
        uint256 available = _token.balanceOf(address(this));
        if (totalPaid > available) revert InsufficientEscrow(totalPaid, available);
    }

    function _recordPended(uint64 id, bytes32[] calldata pendedClaims) private {
        for (uint256 i; i < pendedClaims.length; ++i) {
            bytes32 claimKey = pendedClaims[i];
            if (claimKey == bytes32(0)) revert EmptyClaimKey(i);
            if (_pendingBatch[claimKey] != 0) continue;
            _pendingBatch[claimKey] = id;
            emit ClaimPended(id, claimKey);
        }
    }

    function _pay(uint64 id, address[] calldata payees, uint256[] calldata amounts) private {
        for (uint256 i; i < payees.length; ++i) {
            _token.safeTransfer(payees[i], amounts[i]);
            emit ProviderPaid(id, payees[i], amounts[i]);
        }
    }
}
