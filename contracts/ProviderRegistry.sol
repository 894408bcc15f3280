// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.27;

import {AccessControlDefaultAdminRules} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/**
 * @title ProviderRegistry
 * @notice Where each provider is paid: maps a provider key (the insurer's keyed hash of the
 * billing NPI) to a payout address that the provider controls. {ClaimSettlement} pays
 * withdrawals only to the address registered here.
 *
 * A registration or a change of payout address takes effect only {payoutDelay} seconds after it
 * was scheduled, and emits an event when scheduled, so that a stolen PROVIDER_MANAGER key cannot
 * redirect money silently: the provider, the insurer or a guardian sees the change coming and the
 * admin can cancel it ({cancelPayoutChange}).
 *
 * @dev No NPI, name or other identifying data is stored: only the keyed hash and an address.
 */
contract ProviderRegistry is AccessControlDefaultAdminRules {
    /// @notice Role allowed to register providers and change payout addresses: the insurer's
    /// operations key.
    bytes32 public constant PROVIDER_MANAGER_ROLE = keccak256("PROVIDER_MANAGER_ROLE");

    /// @dev A scheduled payout address and when it takes effect; one slot.
    struct PendingPayout {
        address payout;
        uint48 effectiveAt;
    }

    uint48 private _payoutDelay;
    mapping(bytes32 providerKey => address) private _payout;
    mapping(bytes32 providerKey => PendingPayout) private _pending;

    /// @notice `providerKey` was registered; `payout` receives its withdrawals from `effectiveAt`.
    event ProviderRegistered(bytes32 indexed providerKey, address indexed payout, uint48 effectiveAt, address manager);
    /// @notice The payout address of `providerKey` changes from `previous` to `payout` at `effectiveAt`.
    event PayoutChangeScheduled(
        bytes32 indexed providerKey,
        address indexed payout,
        address previous,
        uint48 effectiveAt,
        address manager
    );
    /// @notice The scheduled change of `providerKey` to `payout` was cancelled before it took effect.
    event PayoutChangeCancelled(bytes32 indexed providerKey, address indexed payout);
    /// @notice New registrations and changes take effect `newDelay` seconds after they are scheduled.
    event PayoutDelayChanged(uint48 previousDelay, uint48 newDelay);

    /// @dev The provider key was zero, which no keyed hash produces: the caller forgot to hash.
    error ZeroProviderKey();
    /// @dev The payout address was the zero address.
    error ZeroPayoutAddress();
    /// @dev `providerKey` is already registered (or its registration is scheduled); use {changePayout}.
    error ProviderAlreadyRegistered(bytes32 providerKey);
    /// @dev `providerKey` was never registered; use {registerProvider}.
    error ProviderNotRegistered(bytes32 providerKey);
    /// @dev `payout` is already the address that `providerKey` is paid to (or will be).
    error PayoutUnchanged(bytes32 providerKey, address payout);
    /// @dev `providerKey` has no change that has yet to take effect.
    error NoPendingPayoutChange(bytes32 providerKey);
    /// @dev The constructor was given the zero address as the provider manager.
    error ZeroProviderManager();
    /// @dev A payout delay of `given` seconds is beyond the `max` this registry accepts.
    error PayoutDelayTooLong(uint48 given, uint48 max);

    /// @notice The longest payout delay: one year.
    uint48 public constant MAX_PAYOUT_DELAY = 365 days;

    /**
     * @notice Makes `admin` the default admin (transferable in two steps after `adminDelay`
     * seconds), gives PROVIDER_MANAGER_ROLE to `manager`, and sets the payout delay.
     *
     * Requirements:
     *
     * - `admin` and `manager` cannot be the zero address.
     */
    constructor(
        address admin,
        uint48 adminDelay,
        address manager,
        uint48 payoutDelay_
    ) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (manager == address(0)) revert ZeroProviderManager();
        _grantRole(PROVIDER_MANAGER_ROLE, manager);
        _setPayoutDelay(payoutDelay_);
    }

    /**
     * @notice Registers `providerKey` to be paid at `payout`, effective after {payoutDelay}.
     *
     * Emits a {ProviderRegistered} event.
     *
     * Requirements:
     *
     * - the caller must have `PROVIDER_MANAGER_ROLE`.
     * - `providerKey` cannot be zero and must not be registered yet.
     * - `payout` cannot be the zero address.
     */
    function registerProvider(bytes32 providerKey, address payout) external onlyRole(PROVIDER_MANAGER_ROLE) {
        if (providerKey == bytes32(0)) revert ZeroProviderKey();
        if (payout == address(0)) revert ZeroPayoutAddress();
        if (_payout[providerKey] != address(0) || _pending[providerKey].payout != address(0)) {
            revert ProviderAlreadyRegistered(providerKey);
        }
        uint48 effectiveAt = _now() + _payoutDelay;
        _pending[providerKey] = PendingPayout(payout, effectiveAt);
        emit ProviderRegistered(providerKey, payout, effectiveAt, msg.sender);
    }

    /**
     * @notice Schedules `payout` as the new payout address of `providerKey`, effective after
     * {payoutDelay}. Until then withdrawals still go to the current address. A change scheduled
     * earlier that has not taken effect yet is replaced.
     *
     * Emits a {PayoutChangeScheduled} event.
     *
     * Requirements:
     *
     * - the caller must have `PROVIDER_MANAGER_ROLE`.
     * - `providerKey` must be registered.
     * - `payout` cannot be the zero address, and must differ from the address in effect when no
     *   change is scheduled, and from the scheduled one when one is. (Scheduling the address in
     *   effect while a change is pending replaces that change: the provider stays where it is.)
     */
    function changePayout(bytes32 providerKey, address payout) external onlyRole(PROVIDER_MANAGER_ROLE) {
        if (payout == address(0)) revert ZeroPayoutAddress();
        _settle(providerKey);
        address current = _payout[providerKey];
        PendingPayout memory pending = _pending[providerKey];
        if (current == address(0) && pending.payout == address(0)) revert ProviderNotRegistered(providerKey);
        // Sending again the address already in effect, or the one already scheduled, would only
        // restart the delay.
        if (payout == current && pending.payout == address(0)) revert PayoutUnchanged(providerKey, payout);
        if (payout == pending.payout) revert PayoutUnchanged(providerKey, payout);
        uint48 effectiveAt = _now() + _payoutDelay;
        _pending[providerKey] = PendingPayout(payout, effectiveAt);
        emit PayoutChangeScheduled(providerKey, payout, current, effectiveAt, msg.sender);
    }

    /**
     * @notice Cancels the change of payout address of `providerKey` that has not taken effect
     * yet: the admin's answer to a change it did not expect.
     *
     * Emits a {PayoutChangeCancelled} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     * - `providerKey` must have a change that has not taken effect.
     */
    function cancelPayoutChange(bytes32 providerKey) external onlyRole(DEFAULT_ADMIN_ROLE) {
        PendingPayout memory pending = _pending[providerKey];
        if (pending.payout == address(0) || pending.effectiveAt <= _now()) revert NoPendingPayoutChange(providerKey);
        delete _pending[providerKey];
        emit PayoutChangeCancelled(providerKey, pending.payout);
    }

    /**
     * @notice Sets how long registrations and payout changes scheduled from now on wait before
     * they take effect. Changes already scheduled keep their time.
     *
     * Emits a {PayoutDelayChanged} event.
     *
     * Requirements:
     *
     * - the caller must have `DEFAULT_ADMIN_ROLE`.
     * - `newDelay` cannot exceed {MAX_PAYOUT_DELAY}.
     */
    function setPayoutDelay(uint48 newDelay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPayoutDelay(newDelay);
    }

    /**
     * @notice The address withdrawals of `providerKey` are paid to now; zero when it has none
     * in effect yet.
     */
    function payoutOf(bytes32 providerKey) external view returns (address) {
        PendingPayout memory pending = _pending[providerKey];
        if (pending.payout != address(0) && pending.effectiveAt <= _now()) return pending.payout;
        return _payout[providerKey];
    }

    /**
     * @notice The change of payout address of `providerKey` that has not taken effect yet, and
     * when it will; both zero when there is none.
     */
    function pendingPayoutOf(bytes32 providerKey) external view returns (address payout, uint48 effectiveAt) {
        PendingPayout memory pending = _pending[providerKey];
        if (pending.payout == address(0) || pending.effectiveAt <= _now()) return (address(0), 0);
        return (pending.payout, pending.effectiveAt);
    }

    /**
     * @notice Seconds between scheduling a registration or payout change and its effect.
     */
    function payoutDelay() external view returns (uint48) {
        return _payoutDelay;
    }

    function _setPayoutDelay(uint48 newDelay) private {
        if (newDelay > MAX_PAYOUT_DELAY) revert PayoutDelayTooLong(newDelay, MAX_PAYOUT_DELAY);
        emit PayoutDelayChanged(_payoutDelay, newDelay);
        _payoutDelay = newDelay;
    }

    /// @dev Moves a change whose time has come into place, so a new change starts from it.
    function _settle(bytes32 providerKey) private {
        PendingPayout memory pending = _pending[providerKey];
        if (pending.payout != address(0) && pending.effectiveAt <= _now()) {
            _payout[providerKey] = pending.payout;
            delete _pending[providerKey];
        }
    }

    function _now() private view returns (uint48) {
        return uint48(block.timestamp);
    }
}
