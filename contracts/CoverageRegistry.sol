// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.27;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/**
 * @title CoverageRegistry
 * @notice The insurer's public record of which plan covers a member on which days. Eligibility
 * caches read it and invalidate on {CoverageChanged}.
 * @dev Members are identified only by a keyed hash (HMAC) of their member id: no member id,
 * name, date of birth or other health data is ever written here. Dates are whole days since
 * the Unix epoch (UTC), both ends inclusive.
 */
contract CoverageRegistry is AccessControlDefaultAdminRules {
    /// @notice Role allowed to change coverage.
    bytes32 public constant INSURER_ROLE = keccak256("INSURER_ROLE");

    /**
     * @notice One continuous period of coverage under one plan.
     * @dev 16 + 4 + 4 bytes: the whole span packs into a single storage slot, which matters
     * because every new slot costs ~110k gas on chains with EIP-8037 state pricing.
     */
    struct Span {
        /// ASCII plan identifier, right-padded with zero bytes (e.g. "medicare").
        bytes16 planId;
        /// First covered day, in days since 1970-01-01.
        uint32 startDay;
        /// Last covered day (inclusive), in days since 1970-01-01.
        uint32 endDay;
    }

    mapping(bytes32 memberKey => Span[]) private _coverage;

    /// @notice The spans of `memberKey` were replaced; `spanCount` is the new number of spans.
    event CoverageChanged(bytes32 indexed memberKey, uint256 spanCount);

    /// @dev The member key was zero, which no keyed hash produces: the caller forgot to hash.
    error EmptyMemberKey();
    /// @dev The span at `index` ends before it starts or has no plan id.
    error InvalidSpan(uint256 index);
    /// @dev The member keys and the span lists had different lengths.
    error SpanLengthMismatch(uint256 memberKeys, uint256 spanLists);
    /// @dev The constructor was given the zero address as the insurer.
    error ZeroInsurer();

    /**
     * @notice Makes `admin` the default admin (transferred in two steps after `adminDelay`
     * seconds) and `insurer` the key that maintains coverage.
     *
     * Requirements:
     *
     * - `admin` and `insurer` cannot be the zero address.
     */
    constructor(address admin, uint48 adminDelay, address insurer) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (insurer == address(0)) revert ZeroInsurer();
        _grantRole(INSURER_ROLE, insurer);
    }

    /**
     * @notice Replaces all coverage spans of `memberKey` with `spans`. An empty `spans` clears
     * the member.
     *
     * Emits a {CoverageChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - `memberKey` cannot be zero.
     * - every span must have a non-zero plan id and `endDay >= startDay`.
     */
    function setCoverage(bytes32 memberKey, Span[] calldata spans) external onlyRole(INSURER_ROLE) {
        _setCoverage(memberKey, spans);
    }

    /**
     * @notice Replaces the coverage of several members in one transaction: `spans[i]` becomes
     * the coverage of `memberKeys[i]`.
     *
     * Emits one {CoverageChanged} event per member.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - `memberKeys` and `spans` must have the same length.
     * - each member key and span must satisfy the requirements of {setCoverage}.
     */
    function setCoverageBatch(
        bytes32[] calldata memberKeys,
        Span[][] calldata spans
    ) external onlyRole(INSURER_ROLE) {
        if (memberKeys.length != spans.length) revert SpanLengthMismatch(memberKeys.length, spans.length);
        for (uint256 i; i < memberKeys.length; ++i) {
            _setCoverage(memberKeys[i], spans[i]);
        }
    }

    /**
     * @notice Removes every coverage span of `memberKey`.
     *
     * Emits a {CoverageChanged} event with a zero span count.
     *
     * Requirements:
     *
     * - the caller must have `INSURER_ROLE`.
     * - `memberKey` cannot be zero.
     */
    function clearCoverage(bytes32 memberKey) external onlyRole(INSURER_ROLE) {
        if (memberKey == bytes32(0)) revert EmptyMemberKey();
        delete _coverage[memberKey];
        emit CoverageChanged(memberKey, 0);
    }

    /**
     * @notice Returns the coverage spans of `memberKey`, in the order they were set. An unknown
     * member has none.
     */
    function coverageOf(bytes32 memberKey) external view returns (Span[] memory) {
        return _coverage[memberKey];
    }

    function _setCoverage(bytes32 memberKey, Span[] calldata spans) private {
        if (memberKey == bytes32(0)) revert EmptyMemberKey();
        Span[] storage stored = _coverage[memberKey];
        uint256 oldLength = stored.length;
        uint256 newLength = spans.length;
        for (uint256 i; i < newLength; ++i) {
            Span calldata span = spans[i];
            if (span.planId == bytes16(0) || span.endDay < span.startDay) revert InvalidSpan(i);
            // Overwriting a slot in place is far cheaper than delete-then-push, which would
            // pay the new-slot price again for every span of an existing member.
            if (i < oldLength) {
                stored[i] = span;
            } else {
                stored.push(span);
            }
        }
        for (uint256 i = oldLength; i > newLength; --i) {
            stored.pop();
        }
        emit CoverageChanged(memberKey, newLength);
    }
}
