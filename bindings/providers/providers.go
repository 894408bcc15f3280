// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package providers

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

// ProviderRegistryMetaData contains all meta data concerning the ProviderRegistry contract.
var ProviderRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"payoutDelay_\",\"type\":\"uint48\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"NoPendingPayoutChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"given\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"max\",\"type\":\"uint48\"}],\"name\":\"PayoutDelayTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"PayoutUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"ProviderAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"ProviderNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroPayoutAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroProviderKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroProviderManager\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"PayoutChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectiveAt\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"PayoutChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"previousDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"PayoutDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectiveAt\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PAYOUT_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROVIDER_MANAGER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"cancelPayoutChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"changePayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"payoutOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"pendingPayoutOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"effectiveAt\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"}],\"name\":\"registerProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"setPayoutDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ProviderRegistry",
	Bin: "0x60803461016a57601f61166838819003918201601f19168301916001600160401b0383118484101761016e5780849260809460405283398101031261016a5761004781610182565b61005360208301610196565b61006b606061006460408601610182565b9401610196565b916001600160a01b0381161561015757600180546001600160d01b031660d09390931b6001600160d01b031916929092179091556100a8906101a9565b506001600160a01b03821615610148576100c865ffffffffffff926101f1565b50166301e13380811161012e576003546040805165ffffffffffff83168152602081018490527f5cae6628f652e90739191720601fbe0d541c3150b548ad1b8610da6605e7f5ce9190a165ffffffffffff1916176003556040516113c890816102a08239f35b637f92484b60e01b5f526004526301e1338060245260445ffd5b630687464160e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b038216820361016a57565b519065ffffffffffff8216820361016a57565b600254906001600160a01b0382166101e2576001600160a01b03199091166001600160a01b038216176002556101df905f610217565b90565b631fe1e13d60e11b5f5260045ffd5b6101df907f1b5c71208e8e044e1cadc5505569e80ff1ea068fcb794cd4bb41d7c0da7d21cb5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610299575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610e8757508063022d63fb14610e6a5780630aa6220b14610dd8578063248a9ca314610da65780632f2ff15d14610d6357806335da30e114610b0b57806336568abe14610a20578063634e93da14610944578063649a5ec7146107ab578063659eb3e41461078f5780636e163aa61461077157806384ef8ffc146107495780638da5cb5b1461074957806391d1485414610701578063a1eda53c1461069f578063a217fddf14610685578063a99e25cf14610527578063a9f4707714610483578063c2a2fde214610453578063c4b1b3b414610419578063caaf683c146103f4578063cc8463c8146103ca578063cefc14291461031e578063cf6eefb7146102cf578063d547741f14610276578063d602b9fd146102155763f39c4b1014610145575f80fd5b3461021157602036600319011261021157600435610161611076565b805f52600560205260405f20610175610f0a565b90546001600160a01b03811680835260a09190911c65ffffffffffff166020830181905290159081156101fe575b506101eb575f82815260056020526040812081905590516001600160a01b031691907f6b5d71295bc562074fbe1f0460155dc51fad5cf2e9b99d6ff2af76acab85e02f9080a3005b50632330a8bd60e11b5f5260045260245ffd5b905065ffffffffffff421610155f6101a3565b5f80fd5b34610211575f3660031901126102115761022d611076565b600180546001600160d01b0319811690915560a01c65ffffffffffff1661025057005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461021157604036600319011261021157600435610292610ef4565b81156102c057816102b96102b46102be945f525f602052600160405f20015490565b611134565b61121d565b005b631fe1e13d60e11b5f5260045ffd5b34610211575f366003190112610211576001546001600160a01b0381169060a01c65ffffffffffff165b604080516001600160a01b0393909316835265ffffffffffff91909116602083015290f35b34610211575f366003190112610211576001546001600160a01b031633036103b75760015460a081901c65ffffffffffff16906001600160a01b0316811580156103ad575b61039a576002546103879190610381906001600160a01b03166111e7565b5061116c565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b5042821015610363565b636116401160e11b5f523360045260245ffd5b34610211575f3660031901126102115760206103e461103d565b65ffffffffffff60405191168152f35b34610211575f36600319011261021157602065ffffffffffff60035416604051908152f35b34610211575f3660031901126102115760206040517f1b5c71208e8e044e1cadc5505569e80ff1ea068fcb794cd4bb41d7c0da7d21cb8152f35b34610211576020366003190112610211576020610471600435610fc1565b6040516001600160a01b039091168152f35b346102115760203660031901126102115760043565ffffffffffff811690818103610211576104b0611076565b6301e13380821161050c576003546040805165ffffffffffff808416825293909316602084015290917f5cae6628f652e90739191720601fbe0d541c3150b548ad1b8610da6605e7f5ce9190a165ffffffffffff191617600355005b50637f92484b60e01b5f526004526301e1338060245260445ffd5b3461021157604036600319011261021157600435610543610ef4565b61054b6110c5565b8115610676576001600160a01b0316908115610667575f818152600460205260409020546001600160a01b031615801590610648575b610636577f94b1e6289b4e748ca09c51b9d44885fd707e6b8a6e9694c536865af4efba09a160406105c465ffffffffffff6003541665ffffffffffff4216610f3e565b6106286105cf610f0a565b86815265ffffffffffff9290921660208084018281525f8881526005909252908590209351845491516001600160d01b03199092166001600160a01b03919091161760a09190911b65ffffffffffff60a01b1617909255565b8151908152336020820152a3005b6316e2c65960e01b5f5260045260245ffd5b505f818152600560205260409020546001600160a01b03161515610581565b639d8db79160e01b5f5260045ffd5b634dc5aa1760e11b5f5260045ffd5b34610211575f3660031901126102115760206040515f8152f35b34610211575f366003190112610211576002548060d01c90811515806106f7575b156106ed5760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f906106d1565b50428210156106c0565b346102115760403660031901126102115761071a610ef4565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610211575f366003190112610211576002546040516001600160a01b039091168152602090f35b34610211575f3660031901126102115760206040516301e133808152f35b34610211576020366003190112610211576102f9600435610f5c565b346102115760203660031901126102115760043565ffffffffffff811690818103610211576107d8611076565b6107e14261125b565b9165ffffffffffff6107f161103d565b16808211156108f657507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff82620697808061083e951091180262069780181690610f3e565b906002548060d01c8061089a575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b4211156108cc57600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b838061084c565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16108c5565b0365ffffffffffff8111610930577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9261083e9190610f3e565b634e487b7160e01b5f52601160045260245ffd5b34610211576020366003190112610211576004356001600160a01b0381169081900361021157610972611076565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed660206109af6109a14261125b565b6109a961103d565b90610f3e565b600180546001600160d01b03198116861760a084811b65ffffffffffff60a01b1691909117909255901c65ffffffffffff166109f7575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a16109e6565b3461021157604036600319011261021157600435610a3c610ef4565b811580610af4575b610a71575b336001600160a01b03821603610a62576102be9161121d565b63334bd91960e11b5f5260045ffd5b60015465ffffffffffff60a082901c16906001600160a01b031615801590610ae4575b8015610ad2575b610ab757506001805465ffffffffffff60a01b19169055610a49565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015610a9b565b5065ffffffffffff811615610a94565b506002546001600160a01b03828116911614610a44565b3461021157604036600319011261021157600435610b27610ef4565b610b2f6110c5565b6001600160a01b031690811561066757805f52600560205260405f206020610b55610f0a565b91546001600160a01b03811680845260a09190911c65ffffffffffff16919092018190528115159081610d50575b50610d14575b50805f52600460205260018060a01b0360405f205416815f52600560205260405f20610bb3610f0a565b90546001600160a01b03811680835260a09190911c65ffffffffffff16602083015282159081610d0b575b50610cf85781841480610ce6575b610ccf57516001600160a01b03168314610cb95760607fc15c38244e3c17b820cd2f63258baa03da8a4b2da0f516e1b091e5433513699a91610c4065ffffffffffff6003541665ffffffffffff4216610f3e565b610ca5610c4b610f0a565b87815265ffffffffffff9290921660208084018281525f898152600590925260409091209351845491516001600160d01b03199092166001600160a01b03919091161760a09190911b65ffffffffffff60a01b1617909255565b6040519182526020820152336040820152a3005b50636df1ae5760e11b5f5260045260245260445ffd5b5050636df1ae5760e11b5f5260045260245260445ffd5b5080516001600160a01b031615610bec565b82638ae4676760e01b5f5260045260245ffd5b90501585610bde565b5f82815260046020908152604080832080546001600160a01b0319166001600160a01b0390951694909417909355600590529081205582610b89565b905065ffffffffffff4216101584610b83565b3461021157604036600319011261021157600435610d7f610ef4565b81156102c05781610da16102b46102be945f525f602052600160405f20015490565b6111a5565b34610211576020366003190112610211576020610dd06004355f525f602052600160405f20015490565b604051908152f35b34610211575f36600319011261021157610df0611076565b6002548060d01c80610e0e575b600280546001600160a01b03169055005b421115610e4057600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080610dfd565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1610e39565b34610211575f366003190112610211576020604051620697808152f35b34610211576020366003190112610211576004359063ffffffff60e01b8216809203610211576020916318a4c3c360e11b8114908115610ec9575b5015158152f35b637965db0b60e01b811491508115610ee3575b5083610ec2565b6301ffc9a760e01b14905083610edc565b602435906001600160a01b038216820361021157565b604051906040820182811067ffffffffffffffff821117610f2a57604052565b634e487b7160e01b5f52604160045260245ffd5b9065ffffffffffff8091169116019065ffffffffffff821161093057565b906020915f526005825260405f20610f72610f0a565b90546001600160a01b03811680835260a09190911c65ffffffffffff169390910183905280158015610faf575b610fa7579190565b505f91508190565b5065ffffffffffff4216831115610f9f565b805f52600560205260405f206020610fd7610f0a565b91546001600160a01b03811680845260a09190911c65ffffffffffff1691909201819052811515908161102a575b5061102557505f908152600460205260409020546001600160a01b031690565b905090565b905065ffffffffffff421610155f611005565b6002548060d01c801515908161106c575b50156110625760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f61104e565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156110ae57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527f9b69c57e9369c5321d1ca386e6c817424d4e29a9f5d926b273f597834e18e307602052604090205460ff16156110fd57565b63e2517d3f60e01b5f52336004527f1b5c71208e8e044e1cadc5505569e80ff1ea068fcb794cd4bb41d7c0da7d21cb60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156111565750565b63e2517d3f60e01b5f523360045260245260445ffd5b600254906001600160a01b0382166102c0576001600160a01b03199091166001600160a01b038216176002556111a2905f61128a565b90565b9081156111b6575b6111a29161128a565b600254916001600160a01b0383166102c0576001600160a01b03199092166001600160a01b038216176002556111ad565b6002546111a291906001600160a01b03808316911614611208575b5f611312565b600280546001600160a01b0319169055611202565b906111a291801580611244575b1561131257600280546001600160a01b0319169055611312565b506002546001600160a01b0383811691161461122a565b65ffffffffffff81116112735765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661130c575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff161561130c575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea2646970667358221220da9ae553515335f6297d52702454dda5a861849a59e8bb722aeda4058ffd655964736f6c63430008250033",
}

// ProviderRegistry is an auto generated Go binding around an Ethereum contract.
type ProviderRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ProviderRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewProviderRegistry creates a new instance of ProviderRegistry.
func NewProviderRegistry() *ProviderRegistry {
	parsed, err := ProviderRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProviderRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProviderRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint48 adminDelay, address manager, uint48 payoutDelay_) returns()
func (providerRegistry *ProviderRegistry) PackConstructor(admin common.Address, adminDelay *big.Int, manager common.Address, payoutDelay_ *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("", admin, adminDelay, manager, payoutDelay_)
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
func (providerRegistry *ProviderRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := providerRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (providerRegistry *ProviderRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return providerRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (providerRegistry *ProviderRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := providerRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXPAYOUTDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e163aa6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PAYOUT_DELAY() view returns(uint48)
func (providerRegistry *ProviderRegistry) PackMAXPAYOUTDELAY() []byte {
	enc, err := providerRegistry.abi.Pack("MAX_PAYOUT_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPAYOUTDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e163aa6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PAYOUT_DELAY() view returns(uint48)
func (providerRegistry *ProviderRegistry) TryPackMAXPAYOUTDELAY() ([]byte, error) {
	return providerRegistry.abi.Pack("MAX_PAYOUT_DELAY")
}

// UnpackMAXPAYOUTDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e163aa6.
//
// Solidity: function MAX_PAYOUT_DELAY() view returns(uint48)
func (providerRegistry *ProviderRegistry) UnpackMAXPAYOUTDELAY(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("MAX_PAYOUT_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPROVIDERMANAGERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4b1b3b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROVIDER_MANAGER_ROLE() view returns(bytes32)
func (providerRegistry *ProviderRegistry) PackPROVIDERMANAGERROLE() []byte {
	enc, err := providerRegistry.abi.Pack("PROVIDER_MANAGER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROVIDERMANAGERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4b1b3b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROVIDER_MANAGER_ROLE() view returns(bytes32)
func (providerRegistry *ProviderRegistry) TryPackPROVIDERMANAGERROLE() ([]byte, error) {
	return providerRegistry.abi.Pack("PROVIDER_MANAGER_ROLE")
}

// UnpackPROVIDERMANAGERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4b1b3b4.
//
// Solidity: function PROVIDER_MANAGER_ROLE() view returns(bytes32)
func (providerRegistry *ProviderRegistry) UnpackPROVIDERMANAGERROLE(data []byte) ([32]byte, error) {
	out, err := providerRegistry.abi.Unpack("PROVIDER_MANAGER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (providerRegistry *ProviderRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := providerRegistry.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (providerRegistry *ProviderRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return providerRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (providerRegistry *ProviderRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (providerRegistry *ProviderRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (providerRegistry *ProviderRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := providerRegistry.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (providerRegistry *ProviderRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return providerRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackCancelPayoutChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c4b10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelPayoutChange(bytes32 providerKey) returns()
func (providerRegistry *ProviderRegistry) PackCancelPayoutChange(providerKey [32]byte) []byte {
	enc, err := providerRegistry.abi.Pack("cancelPayoutChange", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelPayoutChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf39c4b10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelPayoutChange(bytes32 providerKey) returns()
func (providerRegistry *ProviderRegistry) TryPackCancelPayoutChange(providerKey [32]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("cancelPayoutChange", providerKey)
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (providerRegistry *ProviderRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (providerRegistry *ProviderRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackChangePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35da30e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changePayout(bytes32 providerKey, address payout) returns()
func (providerRegistry *ProviderRegistry) PackChangePayout(providerKey [32]byte, payout common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("changePayout", providerKey, payout)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35da30e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changePayout(bytes32 providerKey, address payout) returns()
func (providerRegistry *ProviderRegistry) TryPackChangePayout(providerKey [32]byte, payout common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("changePayout", providerKey, payout)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (providerRegistry *ProviderRegistry) PackDefaultAdmin() []byte {
	enc, err := providerRegistry.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (providerRegistry *ProviderRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return providerRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (providerRegistry *ProviderRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) PackDefaultAdminDelay() []byte {
	enc, err := providerRegistry.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return providerRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (providerRegistry *ProviderRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := providerRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (providerRegistry *ProviderRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return providerRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerRegistry *ProviderRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := providerRegistry.abi.Pack("getRoleAdmin", role)
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
func (providerRegistry *ProviderRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (providerRegistry *ProviderRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := providerRegistry.abi.Unpack("getRoleAdmin", data)
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
func (providerRegistry *ProviderRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("grantRole", role, account)
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
func (providerRegistry *ProviderRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerRegistry *ProviderRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("hasRole", role, account)
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
func (providerRegistry *ProviderRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (providerRegistry *ProviderRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := providerRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) PackOwner() []byte {
	enc, err := providerRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) TryPackOwner() ([]byte, error) {
	return providerRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayoutDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaaf683c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) PackPayoutDelay() []byte {
	enc, err := providerRegistry.abi.Pack("payoutDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcaaf683c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) TryPackPayoutDelay() ([]byte, error) {
	return providerRegistry.abi.Pack("payoutDelay")
}

// UnpackPayoutDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcaaf683c.
//
// Solidity: function payoutDelay() view returns(uint48)
func (providerRegistry *ProviderRegistry) UnpackPayoutDelay(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("payoutDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2a2fde2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutOf(bytes32 providerKey) view returns(address)
func (providerRegistry *ProviderRegistry) PackPayoutOf(providerKey [32]byte) []byte {
	enc, err := providerRegistry.abi.Pack("payoutOf", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2a2fde2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutOf(bytes32 providerKey) view returns(address)
func (providerRegistry *ProviderRegistry) TryPackPayoutOf(providerKey [32]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("payoutOf", providerKey)
}

// UnpackPayoutOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2a2fde2.
//
// Solidity: function payoutOf(bytes32 providerKey) view returns(address)
func (providerRegistry *ProviderRegistry) UnpackPayoutOf(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("payoutOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (providerRegistry *ProviderRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := providerRegistry.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (providerRegistry *ProviderRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return providerRegistry.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (providerRegistry *ProviderRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := providerRegistry.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (providerRegistry *ProviderRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := providerRegistry.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (providerRegistry *ProviderRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return providerRegistry.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (providerRegistry *ProviderRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := providerRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659eb3e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingPayoutOf(bytes32 providerKey) view returns(address payout, uint48 effectiveAt)
func (providerRegistry *ProviderRegistry) PackPendingPayoutOf(providerKey [32]byte) []byte {
	enc, err := providerRegistry.abi.Pack("pendingPayoutOf", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingPayoutOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x659eb3e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingPayoutOf(bytes32 providerKey) view returns(address payout, uint48 effectiveAt)
func (providerRegistry *ProviderRegistry) TryPackPendingPayoutOf(providerKey [32]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("pendingPayoutOf", providerKey)
}

// PendingPayoutOfOutput serves as a container for the return parameters of contract
// method PendingPayoutOf.
type PendingPayoutOfOutput struct {
	Payout      common.Address
	EffectiveAt *big.Int
}

// UnpackPendingPayoutOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x659eb3e4.
//
// Solidity: function pendingPayoutOf(bytes32 providerKey) view returns(address payout, uint48 effectiveAt)
func (providerRegistry *ProviderRegistry) UnpackPendingPayoutOf(data []byte) (PendingPayoutOfOutput, error) {
	out, err := providerRegistry.abi.Unpack("pendingPayoutOf", data)
	outstruct := new(PendingPayoutOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Payout = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.EffectiveAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99e25cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerProvider(bytes32 providerKey, address payout) returns()
func (providerRegistry *ProviderRegistry) PackRegisterProvider(providerKey [32]byte, payout common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("registerProvider", providerKey, payout)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99e25cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerProvider(bytes32 providerKey, address payout) returns()
func (providerRegistry *ProviderRegistry) TryPackRegisterProvider(providerKey [32]byte, payout common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("registerProvider", providerKey, payout)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (providerRegistry *ProviderRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (providerRegistry *ProviderRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (providerRegistry *ProviderRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("revokeRole", role, account)
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
func (providerRegistry *ProviderRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (providerRegistry *ProviderRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := providerRegistry.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (providerRegistry *ProviderRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return providerRegistry.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetPayoutDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9f47077.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayoutDelay(uint48 newDelay) returns()
func (providerRegistry *ProviderRegistry) PackSetPayoutDelay(newDelay *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("setPayoutDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayoutDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9f47077.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayoutDelay(uint48 newDelay) returns()
func (providerRegistry *ProviderRegistry) TryPackSetPayoutDelay(newDelay *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("setPayoutDelay", newDelay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerRegistry *ProviderRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := providerRegistry.abi.Pack("supportsInterface", interfaceId)
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
func (providerRegistry *ProviderRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerRegistry *ProviderRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := providerRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// ProviderRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the ProviderRegistry contract.
type ProviderRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return ProviderRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*ProviderRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the ProviderRegistry contract.
type ProviderRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return ProviderRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*ProviderRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the ProviderRegistry contract.
type ProviderRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return ProviderRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*ProviderRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the ProviderRegistry contract.
type ProviderRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return ProviderRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (providerRegistry *ProviderRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*ProviderRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryPayoutChangeCancelled represents a PayoutChangeCancelled event raised by the ProviderRegistry contract.
type ProviderRegistryPayoutChangeCancelled struct {
	ProviderKey [32]byte
	Payout      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryPayoutChangeCancelledEventName = "PayoutChangeCancelled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryPayoutChangeCancelled) ContractEventName() string {
	return ProviderRegistryPayoutChangeCancelledEventName
}

// UnpackPayoutChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutChangeCancelled(bytes32 indexed providerKey, address indexed payout)
func (providerRegistry *ProviderRegistry) UnpackPayoutChangeCancelledEvent(log *types.Log) (*ProviderRegistryPayoutChangeCancelled, error) {
	event := "PayoutChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryPayoutChangeCancelled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryPayoutChangeScheduled represents a PayoutChangeScheduled event raised by the ProviderRegistry contract.
type ProviderRegistryPayoutChangeScheduled struct {
	ProviderKey [32]byte
	Payout      common.Address
	Previous    common.Address
	EffectiveAt *big.Int
	Manager     common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryPayoutChangeScheduledEventName = "PayoutChangeScheduled"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryPayoutChangeScheduled) ContractEventName() string {
	return ProviderRegistryPayoutChangeScheduledEventName
}

// UnpackPayoutChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutChangeScheduled(bytes32 indexed providerKey, address indexed payout, address previous, uint48 effectiveAt, address manager)
func (providerRegistry *ProviderRegistry) UnpackPayoutChangeScheduledEvent(log *types.Log) (*ProviderRegistryPayoutChangeScheduled, error) {
	event := "PayoutChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryPayoutChangeScheduled)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryPayoutDelayChanged represents a PayoutDelayChanged event raised by the ProviderRegistry contract.
type ProviderRegistryPayoutDelayChanged struct {
	PreviousDelay *big.Int
	NewDelay      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryPayoutDelayChangedEventName = "PayoutDelayChanged"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryPayoutDelayChanged) ContractEventName() string {
	return ProviderRegistryPayoutDelayChangedEventName
}

// UnpackPayoutDelayChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutDelayChanged(uint48 previousDelay, uint48 newDelay)
func (providerRegistry *ProviderRegistry) UnpackPayoutDelayChangedEvent(log *types.Log) (*ProviderRegistryPayoutDelayChanged, error) {
	event := "PayoutDelayChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryPayoutDelayChanged)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryProviderRegistered represents a ProviderRegistered event raised by the ProviderRegistry contract.
type ProviderRegistryProviderRegistered struct {
	ProviderKey [32]byte
	Payout      common.Address
	EffectiveAt *big.Int
	Manager     common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryProviderRegistered) ContractEventName() string {
	return ProviderRegistryProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(bytes32 indexed providerKey, address indexed payout, uint48 effectiveAt, address manager)
func (providerRegistry *ProviderRegistry) UnpackProviderRegisteredEvent(log *types.Log) (*ProviderRegistryProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryProviderRegistered)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ProviderRegistry contract.
type ProviderRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryRoleAdminChanged) ContractEventName() string {
	return ProviderRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (providerRegistry *ProviderRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*ProviderRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryRoleGranted represents a RoleGranted event raised by the ProviderRegistry contract.
type ProviderRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryRoleGranted) ContractEventName() string {
	return ProviderRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (providerRegistry *ProviderRegistry) UnpackRoleGrantedEvent(log *types.Log) (*ProviderRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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

// ProviderRegistryRoleRevoked represents a RoleRevoked event raised by the ProviderRegistry contract.
type ProviderRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryRoleRevoked) ContractEventName() string {
	return ProviderRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (providerRegistry *ProviderRegistry) UnpackRoleRevokedEvent(log *types.Log) (*ProviderRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ProviderRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
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
func (providerRegistry *ProviderRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NoPendingPayoutChange"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNoPendingPayoutChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["PayoutDelayTooLong"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackPayoutDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["PayoutUnchanged"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackPayoutUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ProviderAlreadyRegistered"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackProviderAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ProviderNotRegistered"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackProviderNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ZeroPayoutAddress"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackZeroPayoutAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ZeroProviderKey"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackZeroProviderKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ZeroProviderManager"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackZeroProviderManagerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProviderRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ProviderRegistry contract.
type ProviderRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ProviderRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (providerRegistry *ProviderRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*ProviderRegistryAccessControlBadConfirmation, error) {
	out := new(ProviderRegistryAccessControlBadConfirmation)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the ProviderRegistry contract.
type ProviderRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func ProviderRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (providerRegistry *ProviderRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*ProviderRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(ProviderRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the ProviderRegistry contract.
type ProviderRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func ProviderRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (providerRegistry *ProviderRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*ProviderRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(ProviderRegistryAccessControlEnforcedDefaultAdminRules)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the ProviderRegistry contract.
type ProviderRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func ProviderRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (providerRegistry *ProviderRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*ProviderRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(ProviderRegistryAccessControlInvalidDefaultAdmin)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ProviderRegistry contract.
type ProviderRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ProviderRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (providerRegistry *ProviderRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ProviderRegistryAccessControlUnauthorizedAccount, error) {
	out := new(ProviderRegistryAccessControlUnauthorizedAccount)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNoPendingPayoutChange represents a NoPendingPayoutChange error raised by the ProviderRegistry contract.
type ProviderRegistryNoPendingPayoutChange struct {
	ProviderKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPendingPayoutChange(bytes32 providerKey)
func ProviderRegistryNoPendingPayoutChangeErrorID() common.Hash {
	return common.HexToHash("0x4661517a1e95eb290f0edbbc946a7d398d7495e39b93e375b43ae34eaf1d0af3")
}

// UnpackNoPendingPayoutChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPendingPayoutChange(bytes32 providerKey)
func (providerRegistry *ProviderRegistry) UnpackNoPendingPayoutChangeError(raw []byte) (*ProviderRegistryNoPendingPayoutChange, error) {
	out := new(ProviderRegistryNoPendingPayoutChange)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NoPendingPayoutChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryPayoutDelayTooLong represents a PayoutDelayTooLong error raised by the ProviderRegistry contract.
type ProviderRegistryPayoutDelayTooLong struct {
	Given *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutDelayTooLong(uint48 given, uint48 max)
func ProviderRegistryPayoutDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x7f92484bdba2c323e0a2def57519f2dfabdf04a516f9dbcedc6776b75a779eb4")
}

// UnpackPayoutDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutDelayTooLong(uint48 given, uint48 max)
func (providerRegistry *ProviderRegistry) UnpackPayoutDelayTooLongError(raw []byte) (*ProviderRegistryPayoutDelayTooLong, error) {
	out := new(ProviderRegistryPayoutDelayTooLong)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "PayoutDelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryPayoutUnchanged represents a PayoutUnchanged error raised by the ProviderRegistry contract.
type ProviderRegistryPayoutUnchanged struct {
	ProviderKey [32]byte
	Payout      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutUnchanged(bytes32 providerKey, address payout)
func ProviderRegistryPayoutUnchangedErrorID() common.Hash {
	return common.HexToHash("0xdbe35cae1f47299e9c1c957a3e603cb11ec16fb1a3973c2c869f99277601bf36")
}

// UnpackPayoutUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutUnchanged(bytes32 providerKey, address payout)
func (providerRegistry *ProviderRegistry) UnpackPayoutUnchangedError(raw []byte) (*ProviderRegistryPayoutUnchanged, error) {
	out := new(ProviderRegistryPayoutUnchanged)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "PayoutUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryProviderAlreadyRegistered represents a ProviderAlreadyRegistered error raised by the ProviderRegistry contract.
type ProviderRegistryProviderAlreadyRegistered struct {
	ProviderKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderAlreadyRegistered(bytes32 providerKey)
func ProviderRegistryProviderAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x16e2c65973fdab66e8b93b3d395ff8c87aefc2ea6e321d2c792b7206870c7bec")
}

// UnpackProviderAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderAlreadyRegistered(bytes32 providerKey)
func (providerRegistry *ProviderRegistry) UnpackProviderAlreadyRegisteredError(raw []byte) (*ProviderRegistryProviderAlreadyRegistered, error) {
	out := new(ProviderRegistryProviderAlreadyRegistered)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ProviderAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryProviderNotRegistered represents a ProviderNotRegistered error raised by the ProviderRegistry contract.
type ProviderRegistryProviderNotRegistered struct {
	ProviderKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderNotRegistered(bytes32 providerKey)
func ProviderRegistryProviderNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x8ae4676743d11381e9a3ccab466f8084fa345d4e87101ed26b7067e5f82917eb")
}

// UnpackProviderNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderNotRegistered(bytes32 providerKey)
func (providerRegistry *ProviderRegistry) UnpackProviderNotRegisteredError(raw []byte) (*ProviderRegistryProviderNotRegistered, error) {
	out := new(ProviderRegistryProviderNotRegistered)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ProviderNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ProviderRegistry contract.
type ProviderRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ProviderRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (providerRegistry *ProviderRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ProviderRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(ProviderRegistrySafeCastOverflowedUintDowncast)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryZeroPayoutAddress represents a ZeroPayoutAddress error raised by the ProviderRegistry contract.
type ProviderRegistryZeroPayoutAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayoutAddress()
func ProviderRegistryZeroPayoutAddressErrorID() common.Hash {
	return common.HexToHash("0x9d8db791456908d1a92d14822fd671309a02c8a177a7834f64238e00f8af0321")
}

// UnpackZeroPayoutAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayoutAddress()
func (providerRegistry *ProviderRegistry) UnpackZeroPayoutAddressError(raw []byte) (*ProviderRegistryZeroPayoutAddress, error) {
	out := new(ProviderRegistryZeroPayoutAddress)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ZeroPayoutAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryZeroProviderKey represents a ZeroProviderKey error raised by the ProviderRegistry contract.
type ProviderRegistryZeroProviderKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroProviderKey()
func ProviderRegistryZeroProviderKeyErrorID() common.Hash {
	return common.HexToHash("0x9b8b542ee9b1a0a47a5fcb40736b4bdafd6ea0c96326a1129a66cc76c359d47f")
}

// UnpackZeroProviderKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroProviderKey()
func (providerRegistry *ProviderRegistry) UnpackZeroProviderKeyError(raw []byte) (*ProviderRegistryZeroProviderKey, error) {
	out := new(ProviderRegistryZeroProviderKey)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ZeroProviderKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryZeroProviderManager represents a ZeroProviderManager error raised by the ProviderRegistry contract.
type ProviderRegistryZeroProviderManager struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroProviderManager()
func ProviderRegistryZeroProviderManagerErrorID() common.Hash {
	return common.HexToHash("0x0d0e8c8233132320bbabade4a738ed0c97ab16bc9708e20649e02540af557e01")
}

// UnpackZeroProviderManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroProviderManager()
func (providerRegistry *ProviderRegistry) UnpackZeroProviderManagerError(raw []byte) (*ProviderRegistryZeroProviderManager, error) {
	out := new(ProviderRegistryZeroProviderManager)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ZeroProviderManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}
