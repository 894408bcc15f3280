// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/**
 * @title TestStablecoin
 * @notice "Test USD" (TUSD): a mintable ERC-20 whose base unit is one US cent, so that the
 * engine's integer cents map one to one onto token amounts.
 * @dev FOR THE DEV CHAIN AND THE DEMO ONLY. Anyone holding MINTER_ROLE can create money out of
 * thin air; a production deployment settles in a real, audited stablecoin instead and never
 * deploys this contract.
 */
contract TestStablecoin is ERC20, AccessControl {
    /// @notice Role allowed to mint new tokens.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    /// @dev The admin was the zero address, which would leave the token without an administrator.
    error ZeroTokenAdmin();

    /**
     * @notice Creates the token and makes `admin` both its role administrator and a minter.
     *
     * Requirements:
     *
     * - `admin` cannot be the zero address.
     */
    constructor(address admin) ERC20("Test USD", "TUSD") {
        if (admin == address(0)) revert ZeroTokenAdmin();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /**
     * @notice Two decimals: one base unit is one cent.
     */
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    /**
     * @notice Mints `amount` cents to `to`.
     *
     * Emits a {Transfer} event from the zero address.
     *
     * Requirements:
     *
     * - the caller must have `MINTER_ROLE`.
     * - `to` cannot be the zero address.
     */
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
