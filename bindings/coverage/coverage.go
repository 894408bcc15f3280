// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package coverage

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// CoverageRegistrySpan is an auto generated low-level Go binding around an user-defined struct.
type CoverageRegistrySpan struct {
	PlanId   [16]byte
	StartDay uint32
	EndDay   uint32
}

// CoverageRegistryMetaData contains all meta data concerning the CoverageRegistry contract.
var CoverageRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyMemberKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSpan\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAdmin\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spanCount\",\"type\":\"uint256\"}],\"name\":\"CoverageChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"}],\"name\":\"clearCoverage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"}],\"name\":\"coverageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[]\",\"name\":\"spans\",\"type\":\"tuple[]\"}],\"name\":\"setCoverage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"memberKeys\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[][]\",\"name\":\"spans\",\"type\":\"tuple[][]\"}],\"name\":\"setCoverageBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CoverageRegistry",
	Bin: "0x60803461008757601f610be538819003918201601f19168301916001600160401b0383118484101761008b5780849260209460405283398101031261008757516001600160a01b038116808203610087571561007857806100626100689261009f565b50610115565b506040516109dc90816101a98239f35b633944ed8760e11b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f516020610bc55f395f51905f52602052604090205460ff16610110576001600160a01b03165f8181525f516020610bc55f395f51905f5260205260408120805460ff191660011790553391905f516020610b855f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020610ba55f395f51905f52602052604090205460ff16610110576001600160a01b03165f8181525f516020610ba55f395f51905f5260205260408120805460ff191660011790553391907feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd972905f516020610b855f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a71461053e57508063056c998914610504578063248a9ca3146104d25780632f2ff15d146104a357806336568abe1461046d57806341aa5362146103805780636f27c027146102e8578063856f4b571461028057806391d1485414610245578063a217fddf1461022b578063d547741f146101f55763eede78f6146100a0575f80fd5b346101f15760203660031901126101f1576004355f52600160205260405f2080549067ffffffffffffffff82116101dd5760405191601f19603f8260051b0116830183811067ffffffffffffffff8211176101dd57604052808352602083019081925f5260205f20915f905b828210610180578486604051918291602083019060208452518091526040830191905f5b81811061013e575050500390f35b919350916020606060019263ffffffff604088516001600160801b03198151168452828682015116868501520151166040820152019401910191849392610130565b6040516060810181811067ffffffffffffffff8211176101dd57600192839260209260405263ffffffff88546001600160801b03198160801b168352818160801c168584015260a01c16604082015281520194019101909261010c565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b346101f15761022961020636610591565b9061022461021f825f525f602052600160405f20015490565b610657565b610717565b005b346101f1575f3660031901126101f15760206040515f8152f35b346101f15761025336610591565b905f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346101f15760403660031901126101f15760243567ffffffffffffffff81116101f157366023820112156101f157806004013567ffffffffffffffff81116101f15736602460608302840101116101f1576024610229926102df6105e8565b01600435610842565b346101f15760203660031901126101f1576004356103046105e8565b801561037157805f52600160205260405f208054905f81558161034f575b827f54859ca7610a60e19e2d06e8e5949757ce2f81ee2e955de40947c214e12f377b60206040515f8152a2005b5f5260205f205f5b8281106103645750610322565b5f82820155600101610357565b630667bbd360e51b5f5260045ffd5b346101f15760403660031901126101f15760043567ffffffffffffffff81116101f1576103b19036906004016105b7565b60243567ffffffffffffffff81116101f1576103d19036906004016105b7565b9290916103dc6105e8565b83810361045e579136819003601e1901905f5b84811015610229578060051b908681101561044a5781830135848112156101f15783019182359267ffffffffffffffff84116101f1576020019260608102360384136101f15760019361044492880135610842565b016103ef565b634e487b7160e01b5f52603260045260245ffd5b631fec674760e31b5f5260045ffd5b346101f15761047b36610591565b336001600160a01b038216036104945761022991610717565b63334bd91960e11b5f5260045ffd5b346101f1576102296104b436610591565b906104cd61021f825f525f602052600160405f20015490565b61068f565b346101f15760203660031901126101f15760206104fc6004355f525f602052600160405f20015490565b604051908152f35b346101f1575f3660031901126101f15760206040517feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd9728152f35b346101f15760203660031901126101f1576004359063ffffffff60e01b82168092036101f157602091637965db0b60e01b8114908115610580575b5015158152f35b6301ffc9a760e01b14905083610579565b60409060031901126101f157600435906024356001600160a01b03811681036101f15790565b9181601f840112156101f15782359167ffffffffffffffff83116101f1576020808501948460051b0101116101f157565b335f9081527fca50ff97b1f9e1e10ad1d233b1743d5e5924665a94fb52ef4016888f50bd40ac602052604090205460ff161561062057565b63e2517d3f60e01b5f52336004527feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97260245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156106795750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610711575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615610711575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b356001600160801b0319811681036101f15790565b3563ffffffff811681036101f15790565b805482101561044a575f5260205f2001905f90565b919061082f576107e181610797565b8254919060801c63ffffffff60801b6107fc602084016107ac565b60801b169163ffffffff60a01b90610816906040016107ac565b60a01b169267ffffffffffffffff60c01b161717179055565b634e487b7160e01b5f525f60045260245ffd5b90811561037157815f52600160205260405f20938454925f5b8581101561091457606081028401906001600160801b031961087c83610797565b161580156108ec575b6108da57858110156108ad576108a76001926108a1838b6107bd565b906107d2565b0161085b565b8754680100000000000000008110156101dd576001926108a182856108d594018c558b6107bd565b6108a7565b63bedb5c1f60e01b5f5260045260245ffd5b506108f9604083016107ac565b63ffffffff8061090b602086016107ac565b16911610610885565b509392909491505b82811161095257505060207f54859ca7610a60e19e2d06e8e5949757ce2f81ee2e955de40947c214e12f377b91604051908152a2565b81548015610992575f190161096781846107bd565b61082f575f90558255801561097e575f190161091c565b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52603160045260245ffdfea2646970667358221220914c88036521b9f67c07a85e42765891f5daae10e4aed3662411ebd7a964e44464736f6c634300082500332f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0dca50ff97b1f9e1e10ad1d233b1743d5e5924665a94fb52ef4016888f50bd40acad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// CoverageRegistry is an auto generated Go binding around an Ethereum contract.
type CoverageRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CoverageRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCoverageRegistry creates a new instance of CoverageRegistry.
func NewCoverageRegistry() *CoverageRegistry {
	parsed, err := CoverageRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CoverageRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CoverageRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (coverageRegistry *CoverageRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := coverageRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return coverageRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := coverageRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackINSURERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x056c9989.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) PackINSURERROLE() []byte {
	enc, err := coverageRegistry.abi.Pack("INSURER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackINSURERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x056c9989.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) TryPackINSURERROLE() ([]byte, error) {
	return coverageRegistry.abi.Pack("INSURER_ROLE")
}

// UnpackINSURERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x056c9989.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (coverageRegistry *CoverageRegistry) UnpackINSURERROLE(data []byte) ([32]byte, error) {
	out, err := coverageRegistry.abi.Unpack("INSURER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackClearCoverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f27c027.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clearCoverage(bytes32 memberKey) returns()
func (coverageRegistry *CoverageRegistry) PackClearCoverage(memberKey [32]byte) []byte {
	enc, err := coverageRegistry.abi.Pack("clearCoverage", memberKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClearCoverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6f27c027.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clearCoverage(bytes32 memberKey) returns()
func (coverageRegistry *CoverageRegistry) TryPackClearCoverage(memberKey [32]byte) ([]byte, error) {
	return coverageRegistry.abi.Pack("clearCoverage", memberKey)
}

// PackCoverageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeede78f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function coverageOf(bytes32 memberKey) view returns((bytes16,uint32,uint32)[])
func (coverageRegistry *CoverageRegistry) PackCoverageOf(memberKey [32]byte) []byte {
	enc, err := coverageRegistry.abi.Pack("coverageOf", memberKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCoverageOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeede78f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function coverageOf(bytes32 memberKey) view returns((bytes16,uint32,uint32)[])
func (coverageRegistry *CoverageRegistry) TryPackCoverageOf(memberKey [32]byte) ([]byte, error) {
	return coverageRegistry.abi.Pack("coverageOf", memberKey)
}

// UnpackCoverageOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeede78f6.
//
// Solidity: function coverageOf(bytes32 memberKey) view returns((bytes16,uint32,uint32)[])
func (coverageRegistry *CoverageRegistry) UnpackCoverageOf(data []byte) ([]CoverageRegistrySpan, error) {
	out, err := coverageRegistry.abi.Unpack("coverageOf", data)
	if err != nil {
		return *new([]CoverageRegistrySpan), err
	}
	out0 := *abi.ConvertType(out[0], new([]CoverageRegistrySpan)).(*[]CoverageRegistrySpan)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (coverageRegistry *CoverageRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := coverageRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (coverageRegistry *CoverageRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return coverageRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (coverageRegistry *CoverageRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := coverageRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (coverageRegistry *CoverageRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (coverageRegistry *CoverageRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (coverageRegistry *CoverageRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (coverageRegistry *CoverageRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (coverageRegistry *CoverageRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := coverageRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (coverageRegistry *CoverageRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (coverageRegistry *CoverageRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (coverageRegistry *CoverageRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (coverageRegistry *CoverageRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetCoverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x856f4b57.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCoverage(bytes32 memberKey, (bytes16,uint32,uint32)[] spans) returns()
func (coverageRegistry *CoverageRegistry) PackSetCoverage(memberKey [32]byte, spans []CoverageRegistrySpan) []byte {
	enc, err := coverageRegistry.abi.Pack("setCoverage", memberKey, spans)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCoverage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x856f4b57.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCoverage(bytes32 memberKey, (bytes16,uint32,uint32)[] spans) returns()
func (coverageRegistry *CoverageRegistry) TryPackSetCoverage(memberKey [32]byte, spans []CoverageRegistrySpan) ([]byte, error) {
	return coverageRegistry.abi.Pack("setCoverage", memberKey, spans)
}

// PackSetCoverageBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41aa5362.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCoverageBatch(bytes32[] memberKeys, (bytes16,uint32,uint32)[][] spans) returns()
func (coverageRegistry *CoverageRegistry) PackSetCoverageBatch(memberKeys [][32]byte, spans [][]CoverageRegistrySpan) []byte {
	enc, err := coverageRegistry.abi.Pack("setCoverageBatch", memberKeys, spans)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCoverageBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x41aa5362.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCoverageBatch(bytes32[] memberKeys, (bytes16,uint32,uint32)[][] spans) returns()
func (coverageRegistry *CoverageRegistry) TryPackSetCoverageBatch(memberKeys [][32]byte, spans [][]CoverageRegistrySpan) ([]byte, error) {
	return coverageRegistry.abi.Pack("setCoverageBatch", memberKeys, spans)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (coverageRegistry *CoverageRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := coverageRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (coverageRegistry *CoverageRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return coverageRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (coverageRegistry *CoverageRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := coverageRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// CoverageRegistryCoverageChanged represents a CoverageChanged event raised by the CoverageRegistry contract.
type CoverageRegistryCoverageChanged struct {
	MemberKey [32]byte
	SpanCount *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryCoverageChangedEventName = "CoverageChanged"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryCoverageChanged) ContractEventName() string {
	return CoverageRegistryCoverageChangedEventName
}

// UnpackCoverageChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CoverageChanged(bytes32 indexed memberKey, uint256 spanCount)
func (coverageRegistry *CoverageRegistry) UnpackCoverageChangedEvent(log *types.Log) (*CoverageRegistryCoverageChanged, error) {
	event := "CoverageChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryCoverageChanged)
	if len(log.Data) > 0 {
		if err := coverageRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coverageRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoverageRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the CoverageRegistry contract.
type CoverageRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryRoleAdminChanged) ContractEventName() string {
	return CoverageRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (coverageRegistry *CoverageRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*CoverageRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := coverageRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coverageRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoverageRegistryRoleGranted represents a RoleGranted event raised by the CoverageRegistry contract.
type CoverageRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryRoleGranted) ContractEventName() string {
	return CoverageRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (coverageRegistry *CoverageRegistry) UnpackRoleGrantedEvent(log *types.Log) (*CoverageRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := coverageRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coverageRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CoverageRegistryRoleRevoked represents a RoleRevoked event raised by the CoverageRegistry contract.
type CoverageRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryRoleRevoked) ContractEventName() string {
	return CoverageRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (coverageRegistry *CoverageRegistry) UnpackRoleRevokedEvent(log *types.Log) (*CoverageRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := coverageRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range coverageRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (coverageRegistry *CoverageRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["EmptyMemberKey"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackEmptyMemberKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["InvalidSpan"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackInvalidSpanError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["ZeroAdmin"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackZeroAdminError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CoverageRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the CoverageRegistry contract.
type CoverageRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func CoverageRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (coverageRegistry *CoverageRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*CoverageRegistryAccessControlBadConfirmation, error) {
	out := new(CoverageRegistryAccessControlBadConfirmation)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the CoverageRegistry contract.
type CoverageRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func CoverageRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (coverageRegistry *CoverageRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*CoverageRegistryAccessControlUnauthorizedAccount, error) {
	out := new(CoverageRegistryAccessControlUnauthorizedAccount)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryEmptyMemberKey represents a EmptyMemberKey error raised by the CoverageRegistry contract.
type CoverageRegistryEmptyMemberKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyMemberKey()
func CoverageRegistryEmptyMemberKeyErrorID() common.Hash {
	return common.HexToHash("0xccf77a601ece7160f128ba7c9243e07351102d83d8e3d3c491c051e64b744970")
}

// UnpackEmptyMemberKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyMemberKey()
func (coverageRegistry *CoverageRegistry) UnpackEmptyMemberKeyError(raw []byte) (*CoverageRegistryEmptyMemberKey, error) {
	out := new(CoverageRegistryEmptyMemberKey)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "EmptyMemberKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryInvalidSpan represents a InvalidSpan error raised by the CoverageRegistry contract.
type CoverageRegistryInvalidSpan struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSpan(uint256 index)
func CoverageRegistryInvalidSpanErrorID() common.Hash {
	return common.HexToHash("0xbedb5c1f9a6d397ce8656cce3f64f40253f95b59835d9c9c6cafbc00e07efaa2")
}

// UnpackInvalidSpanError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSpan(uint256 index)
func (coverageRegistry *CoverageRegistry) UnpackInvalidSpanError(raw []byte) (*CoverageRegistryInvalidSpan, error) {
	out := new(CoverageRegistryInvalidSpan)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "InvalidSpan", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryLengthMismatch represents a LengthMismatch error raised by the CoverageRegistry contract.
type CoverageRegistryLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func CoverageRegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (coverageRegistry *CoverageRegistry) UnpackLengthMismatchError(raw []byte) (*CoverageRegistryLengthMismatch, error) {
	out := new(CoverageRegistryLengthMismatch)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryZeroAdmin represents a ZeroAdmin error raised by the CoverageRegistry contract.
type CoverageRegistryZeroAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAdmin()
func CoverageRegistryZeroAdminErrorID() common.Hash {
	return common.HexToHash("0x7289db0ee0abc296040261a52ff209c8991a9c7f7acbaa6b5a604acd8f843b3b")
}

// UnpackZeroAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAdmin()
func (coverageRegistry *CoverageRegistry) UnpackZeroAdminError(raw []byte) (*CoverageRegistryZeroAdmin, error) {
	out := new(CoverageRegistryZeroAdmin)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "ZeroAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}
