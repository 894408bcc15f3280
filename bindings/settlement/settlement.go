// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package settlement

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

// ClaimSettlementMetaData contains all meta data concerning the ClaimSettlement contract.
var ClaimSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"settlementToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"EmptyClaimKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyMerkleRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"OffsetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroPayee\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroPayment\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalPaid\",\"type\":\"uint256\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"ClaimPended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProviderPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADJUDICATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"}],\"name\":\"batchAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batchRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"payee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"paidCents\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"recordDigest\",\"type\":\"bytes32\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"}],\"name\":\"nextOffset\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"pendingBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"address[]\",\"name\":\"payees\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"pendedClaims\",\"type\":\"bytes32[]\"}],\"name\":\"settleBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ClaimSettlement",
	Bin: "0x60a0346100c957601f61111438819003918201601f19168301916001600160401b038311848410176100cd5780849260409485528339810103126100c9578051906001600160a01b038216908183036100c95760200151906001600160a01b038216908183036100c957159081156100c0575b506100b157610083916080526100e1565b50604051610f89908161016b82396080518181816101020152818161019a015281816102b101526107e80152f35b63d92e233d60e01b5f5260045ffd5b9050155f610072565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f5160206110f45f395f51905f52602052604090205460ff16610165576001600160a01b03165f8181525f5160206110f45f395f51905f5260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610cb3575080630336f2ae14610c89578063056c998914610c4f57806306f1305614610c295780631dfecb6c146106a2578063248a9ca3146106705780632f2ff15d1461063357806336568abe146105ef57806342e0f108146105b15780634ef9136e146104f0578063509b368c146104c657806391d148541461047e578063a217fddf14610464578063b01bfb98146103bf578063ca1d209d1461025e578063d547741f1461021a578063e11e1b0c1461016f578063f538f7dd146101355763fc0c546a146100ed575f80fd5b34610131575f366003190112610131576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b34610131575f3660031901126101315760206040517f5ad6c1ce52091d5f5a49dff6df7d4bf577735e77d8c13251e1ea9c82ce8c380d8152f35b34610131575f366003190112610131576040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa801561020f575f906101dc575b602090604051908152f35b506020813d602011610207575b816101f660209383610dba565b8101031261013157602090516101d1565b3d91506101e9565b6040513d5f823e3d90fd5b346101315760403660031901126101315761025c600435610239610d75565b90610257610252825f525f602052600160405f20015490565b610ddb565b610ed3565b005b3461013157602036600319011261013157335f9081527fca50ff97b1f9e1e10ad1d233b1743d5e5924665a94fb52ef4016888f50bd40ac60205260409020546004359060ff1615610388578015610379577f000000000000000000000000000000000000000000000000000000000000000090604051916323b872dd60e01b5f5233600452306024528160445260205f60648180855af160015f511481161561035a575b836040525f6060521561033a575081527f511c3b325f63024e6754176648b89f4bab878b1712366d9bf3729c501dcbad7960203392a2005b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600181151661037057813b15153d151616610302565b833d5f823e3d90fd5b631f2a200560e01b5f5260045ffd5b63e2517d3f60e01b5f52336004527feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97260245260445ffd5b34610131576040366003190112610131576103d8610d06565b63ffffffff6103e5610d19565b91165f5260036020526001600160401b0360405f2091165f52602052606060405f206040519061041482610d8b565b54906001600160401b0382168082526001600160401b03602083019360401c1683525f5260046020526001600160401b038060405f20549351169151169060405192835260208301526040820152f35b34610131575f3660031901126101315760206040515f8152f35b3461013157604036600319011261013157610497610d75565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610131576020366003190112610131576004355f526004602052602060405f2054604051908152f35b346101315760e03660031901126101315760243563ffffffff81168091036101315761051a610d2f565b6064356001600160a01b0381169291908390036101315760a43560ff8116809103610131576020936001600160401b03604051938685019560043587526040860152166060840152608083015260843560a083015260c082015260c43560e082015260e0815261058c61010082610dba565b5190206040518281019182528281526105a6604082610dba565b519020604051908152f35b346101315760203660031901126101315763ffffffff6105cf610d06565b165f52600260205260206001600160401b0360405f205416604051908152f35b3461013157604036600319011261013157610608610d75565b336001600160a01b038216036106245761025c90600435610ed3565b63334bd91960e11b5f5260045ffd5b346101315760403660031901126101315761025c600435610652610d75565b9061066b610252825f525f602052600160405f20015490565b610e4b565b3461013157602036600319011261013157602061069a6004355f525f602052600160405f20015490565b604051908152f35b3461013157610120366003190112610131576106bc610d06565b6106c4610d19565b6106cc610d2f565b906064359160a43563ffffffff81168091036101315760c4356001600160401b03811161013157610701903690600401610d45565b9160e4356001600160401b03811161013157610721903690600401610d45565b979094610104356001600160401b03811161013157610744903690600401610d45565b335f9081527f50765645f451ff8e40a6ae00d15041c12bfe3ae6a1227b2832923afa3d8fc27b6020526040902054919390929160ff1615610bf25763ffffffff1690815f5260026020526001600160401b038060405f205416991698808a03610bd757506001600160401b031698888a1115610bc8578015610bb9575f98878c03610baa575f5b888110610b3857506040516370a0823160e01b81523060048201527f00000000000000000000000000000000000000000000000000000000000000009a6001600160a01b038c169790916020816024818c5afa90811561020f575f91610b06575b50808311610af05750600154936001600160401b0385166001600160401b038114610adc576001016001600160401b03169d8e80966001600160401b03191617600155865f52600260205260405f20816001600160401b031982541617905560405161089781610d8b565b86815260208101828152885f52600360205260405f20875f5260205260405f2091516001600160401b03166001600160401b03166001600160401b03198354161782555181549060401b67ffffffffffffffff60401b169067ffffffffffffffff60401b1916179055855f5260046020528160405f2055604051948552602085015260408401526084356060840152608083015260a082015260c07fc9a27ba77fc4a160bf2192f38dbe44e1d6a1e43f9a450a84b60496e8386ac85c91a35f5b818110610a62575050505f5b83811061097557602087604051908152f35b610988610983828686610e13565b610e37565b610993828a88610e13565b60405163a9059cbb60e01b5f9081526001600160a01b03909316600452903560245290602090604481808b5af19060015f5114821615610a41575b60405215610a2e578088887f419de2faea3105a98590c3cf748b61bf5dd9fa1a9bd059fc6ed4c9ff7c45c3aa6020610a1785610a106109836001998d8d610e13565b958c610e13565b3593604051948552868060a01b031693a301610963565b50635274afe760e01b5f5260045260245ffd5b906001811516610a5957873b15153d151616906109ce565b503d5f823e3d90fd5b610a6d818385610e13565b358015610ac95790816001925f52600560205260405f2054610ac357805f5260056020528a60405f20558a7f27903850eea1a12c55cfb4f4564342d9ec19c2d6c65887b645a0361b55447d125f80a35b01610957565b50610abd565b5063eb11547d60e01b5f5260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8263180e21d960e31b5f5260045260245260445ffd5b90506020813d602011610b30575b81610b2160209383610dba565b8101031261013157518f61082c565b3d9150610b14565b996001600160a01b03610b4f6109838d8c8c610e13565b1615610b9757610b608b8e8c610e13565b3515610b8457610b718b8e8c610e13565b358101809111610adc57996001016107cb565b8a63f002b73b60e01b5f5260045260245ffd5b8a6312bfe71160e31b5f5260045260245ffd5b631fec674760e31b5f5260045ffd5b6385ac2b9960e01b5f5260045ffd5b63c2e5347d60e01b5f5260045ffd5b899083633194f02160e21b5f5260045260245260445260645ffd5b63e2517d3f60e01b5f52336004527f5ad6c1ce52091d5f5a49dff6df7d4bf577735e77d8c13251e1ea9c82ce8c380d60245260445ffd5b34610131575f3660031901126101315760206001600160401b0360015416604051908152f35b34610131575f3660031901126101315760206040517feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd9728152f35b34610131576020366003190112610131576004355f526005602052602060405f2054604051908152f35b34610131576020366003190112610131576004359063ffffffff60e01b821680920361013157602091637965db0b60e01b8114908115610cf5575b5015158152f35b6301ffc9a760e01b14905083610cee565b6004359063ffffffff8216820361013157565b602435906001600160401b038216820361013157565b604435906001600160401b038216820361013157565b9181601f84011215610131578235916001600160401b038311610131576020808501948460051b01011161013157565b602435906001600160a01b038216820361013157565b604081019081106001600160401b03821117610da657604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b03821117610da657604052565b5f8181526020818152604080832033845290915290205460ff1615610dfd5750565b63e2517d3f60e01b5f523360045260245260445ffd5b9190811015610e235760051b0190565b634e487b7160e01b5f52603260045260245ffd5b356001600160a01b03811681036101315790565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610ecd575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615610ecd575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea264697066735822122053482651a09e949521140372ff22436908b4c875df6feeb1b5e3830c3c7a9d8264736f6c63430008250033ad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5",
}

// ClaimSettlement is an auto generated Go binding around an Ethereum contract.
type ClaimSettlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ClaimSettlement) GetABI() abi.ABI {
	return c.abi
}

// NewClaimSettlement creates a new instance of ClaimSettlement.
func NewClaimSettlement() *ClaimSettlement {
	parsed, err := ClaimSettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ClaimSettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ClaimSettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address settlementToken, address admin) returns()
func (claimSettlement *ClaimSettlement) PackConstructor(settlementToken common.Address, admin common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("", settlementToken, admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackADJUDICATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf538f7dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ADJUDICATOR_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackADJUDICATORROLE() []byte {
	enc, err := claimSettlement.abi.Pack("ADJUDICATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackADJUDICATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf538f7dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ADJUDICATOR_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackADJUDICATORROLE() ([]byte, error) {
	return claimSettlement.abi.Pack("ADJUDICATOR_ROLE")
}

// UnpackADJUDICATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf538f7dd.
//
// Solidity: function ADJUDICATOR_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackADJUDICATORROLE(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("ADJUDICATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackDEFAULTADMINROLE() []byte {
	enc, err := claimSettlement.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (claimSettlement *ClaimSettlement) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return claimSettlement.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
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
func (claimSettlement *ClaimSettlement) PackINSURERROLE() []byte {
	enc, err := claimSettlement.abi.Pack("INSURER_ROLE")
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
func (claimSettlement *ClaimSettlement) TryPackINSURERROLE() ([]byte, error) {
	return claimSettlement.abi.Pack("INSURER_ROLE")
}

// UnpackINSURERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x056c9989.
//
// Solidity: function INSURER_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackINSURERROLE(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("INSURER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01bfb98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchAt(uint32 partition, uint64 fromOffset) view returns(bytes32 root, uint64 toOffset, uint256 batchId)
func (claimSettlement *ClaimSettlement) PackBatchAt(partition uint32, fromOffset uint64) []byte {
	enc, err := claimSettlement.abi.Pack("batchAt", partition, fromOffset)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb01bfb98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchAt(uint32 partition, uint64 fromOffset) view returns(bytes32 root, uint64 toOffset, uint256 batchId)
func (claimSettlement *ClaimSettlement) TryPackBatchAt(partition uint32, fromOffset uint64) ([]byte, error) {
	return claimSettlement.abi.Pack("batchAt", partition, fromOffset)
}

// BatchAtOutput serves as a container for the return parameters of contract
// method BatchAt.
type BatchAtOutput struct {
	Root     [32]byte
	ToOffset uint64
	BatchId  *big.Int
}

// UnpackBatchAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb01bfb98.
//
// Solidity: function batchAt(uint32 partition, uint64 fromOffset) view returns(bytes32 root, uint64 toOffset, uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackBatchAt(data []byte) (BatchAtOutput, error) {
	out, err := claimSettlement.abi.Unpack("batchAt", data)
	outstruct := new(BatchAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.ToOffset = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.BatchId = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCount() view returns(uint256)
func (claimSettlement *ClaimSettlement) PackBatchCount() []byte {
	enc, err := claimSettlement.abi.Pack("batchCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f13056.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCount() view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackBatchCount() ([]byte, error) {
	return claimSettlement.abi.Pack("batchCount")
}

// UnpackBatchCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06f13056.
//
// Solidity: function batchCount() view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackBatchCount(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("batchCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatchRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x509b368c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchRoot(uint256 batchId) view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackBatchRoot(batchId *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("batchRoot", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x509b368c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchRoot(uint256 batchId) view returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackBatchRoot(batchId *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("batchRoot", batchId)
}

// UnpackBatchRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x509b368c.
//
// Solidity: function batchRoot(uint256 batchId) view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackBatchRoot(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("batchRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEscrowBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11e1b0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowBalance() view returns(uint256)
func (claimSettlement *ClaimSettlement) PackEscrowBalance() []byte {
	enc, err := claimSettlement.abi.Pack("escrowBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe11e1b0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowBalance() view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackEscrowBalance() ([]byte, error) {
	return claimSettlement.abi.Pack("escrowBalance")
}

// UnpackEscrowBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe11e1b0c.
//
// Solidity: function escrowBalance() view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackEscrowBalance(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("escrowBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund(uint256 amount) returns()
func (claimSettlement *ClaimSettlement) PackFund(amount *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("fund", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca1d209d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund(uint256 amount) returns()
func (claimSettlement *ClaimSettlement) TryPackFund(amount *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("fund", amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("getRoleAdmin", role)
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
func (claimSettlement *ClaimSettlement) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("getRoleAdmin", data)
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
func (claimSettlement *ClaimSettlement) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("grantRole", role, account)
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
func (claimSettlement *ClaimSettlement) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (claimSettlement *ClaimSettlement) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("hasRole", role, account)
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
func (claimSettlement *ClaimSettlement) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (claimSettlement *ClaimSettlement) UnpackHasRole(data []byte) (bool, error) {
	out, err := claimSettlement.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef9136e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash(bytes32 claimKey, uint32 partition, uint64 offset, address payee, uint256 paidCents, uint8 outcome, bytes32 recordDigest) pure returns(bytes32)
func (claimSettlement *ClaimSettlement) PackLeafHash(claimKey [32]byte, partition uint32, offset uint64, payee common.Address, paidCents *big.Int, outcome uint8, recordDigest [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("leafHash", claimKey, partition, offset, payee, paidCents, outcome, recordDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef9136e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash(bytes32 claimKey, uint32 partition, uint64 offset, address payee, uint256 paidCents, uint8 outcome, bytes32 recordDigest) pure returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackLeafHash(claimKey [32]byte, partition uint32, offset uint64, payee common.Address, paidCents *big.Int, outcome uint8, recordDigest [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("leafHash", claimKey, partition, offset, payee, paidCents, outcome, recordDigest)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ef9136e.
//
// Solidity: function leafHash(bytes32 claimKey, uint32 partition, uint64 offset, address payee, uint256 paidCents, uint8 outcome, bytes32 recordDigest) pure returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextOffset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42e0f108.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextOffset(uint32 partition) view returns(uint64)
func (claimSettlement *ClaimSettlement) PackNextOffset(partition uint32) []byte {
	enc, err := claimSettlement.abi.Pack("nextOffset", partition)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextOffset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42e0f108.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextOffset(uint32 partition) view returns(uint64)
func (claimSettlement *ClaimSettlement) TryPackNextOffset(partition uint32) ([]byte, error) {
	return claimSettlement.abi.Pack("nextOffset", partition)
}

// UnpackNextOffset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42e0f108.
//
// Solidity: function nextOffset(uint32 partition) view returns(uint64)
func (claimSettlement *ClaimSettlement) UnpackNextOffset(data []byte) (uint64, error) {
	out, err := claimSettlement.abi.Unpack("nextOffset", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackPendingBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0336f2ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingBatch(bytes32 claimKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) PackPendingBatch(claimKey [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("pendingBatch", claimKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0336f2ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingBatch(bytes32 claimKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackPendingBatch(claimKey [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("pendingBatch", claimKey)
}

// UnpackPendingBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0336f2ae.
//
// Solidity: function pendingBatch(bytes32 claimKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackPendingBatch(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("pendingBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (claimSettlement *ClaimSettlement) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("renounceRole", role, callerConfirmation)
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
func (claimSettlement *ClaimSettlement) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (claimSettlement *ClaimSettlement) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("revokeRole", role, account)
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
func (claimSettlement *ClaimSettlement) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("revokeRole", role, account)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dfecb6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, address[] payees, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
func (claimSettlement *ClaimSettlement) PackSettleBatch(partition uint32, fromOffset uint64, toOffset uint64, merkleRoot [32]byte, policyHash [32]byte, claimCount uint32, payees []common.Address, amounts []*big.Int, pendedClaims [][32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("settleBatch", partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, payees, amounts, pendedClaims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1dfecb6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, address[] payees, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
func (claimSettlement *ClaimSettlement) TryPackSettleBatch(partition uint32, fromOffset uint64, toOffset uint64, merkleRoot [32]byte, policyHash [32]byte, claimCount uint32, payees []common.Address, amounts []*big.Int, pendedClaims [][32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("settleBatch", partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, payees, amounts, pendedClaims)
}

// UnpackSettleBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1dfecb6c.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, address[] payees, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackSettleBatch(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("settleBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (claimSettlement *ClaimSettlement) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := claimSettlement.abi.Pack("supportsInterface", interfaceId)
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
func (claimSettlement *ClaimSettlement) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (claimSettlement *ClaimSettlement) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := claimSettlement.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (claimSettlement *ClaimSettlement) PackToken() []byte {
	enc, err := claimSettlement.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (claimSettlement *ClaimSettlement) TryPackToken() ([]byte, error) {
	return claimSettlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (claimSettlement *ClaimSettlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := claimSettlement.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ClaimSettlementBatchSettled represents a BatchSettled event raised by the ClaimSettlement contract.
type ClaimSettlementBatchSettled struct {
	BatchId    *big.Int
	Partition  uint32
	FromOffset uint64
	ToOffset   uint64
	MerkleRoot [32]byte
	PolicyHash [32]byte
	ClaimCount uint32
	TotalPaid  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementBatchSettledEventName = "BatchSettled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementBatchSettled) ContractEventName() string {
	return ClaimSettlementBatchSettledEventName
}

// UnpackBatchSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSettled(uint256 indexed batchId, uint32 indexed partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, uint256 totalPaid)
func (claimSettlement *ClaimSettlement) UnpackBatchSettledEvent(log *types.Log) (*ClaimSettlementBatchSettled, error) {
	event := "BatchSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementBatchSettled)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementClaimPended represents a ClaimPended event raised by the ClaimSettlement contract.
type ClaimSettlementClaimPended struct {
	BatchId  *big.Int
	ClaimKey [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementClaimPendedEventName = "ClaimPended"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementClaimPended) ContractEventName() string {
	return ClaimSettlementClaimPendedEventName
}

// UnpackClaimPendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimPended(uint256 indexed batchId, bytes32 indexed claimKey)
func (claimSettlement *ClaimSettlement) UnpackClaimPendedEvent(log *types.Log) (*ClaimSettlementClaimPended, error) {
	event := "ClaimPended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementClaimPended)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementEscrowFunded represents a EscrowFunded event raised by the ClaimSettlement contract.
type ClaimSettlementEscrowFunded struct {
	Insurer common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementEscrowFundedEventName = "EscrowFunded"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementEscrowFunded) ContractEventName() string {
	return ClaimSettlementEscrowFundedEventName
}

// UnpackEscrowFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowFunded(address indexed insurer, uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackEscrowFundedEvent(log *types.Log) (*ClaimSettlementEscrowFunded, error) {
	event := "EscrowFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementEscrowFunded)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementProviderPaid represents a ProviderPaid event raised by the ClaimSettlement contract.
type ClaimSettlementProviderPaid struct {
	BatchId *big.Int
	Payee   common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementProviderPaidEventName = "ProviderPaid"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementProviderPaid) ContractEventName() string {
	return ClaimSettlementProviderPaidEventName
}

// UnpackProviderPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderPaid(uint256 indexed batchId, address indexed payee, uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackProviderPaidEvent(log *types.Log) (*ClaimSettlementProviderPaid, error) {
	event := "ProviderPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementProviderPaid)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementRoleAdminChanged represents a RoleAdminChanged event raised by the ClaimSettlement contract.
type ClaimSettlementRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementRoleAdminChanged) ContractEventName() string {
	return ClaimSettlementRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (claimSettlement *ClaimSettlement) UnpackRoleAdminChangedEvent(log *types.Log) (*ClaimSettlementRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementRoleGranted represents a RoleGranted event raised by the ClaimSettlement contract.
type ClaimSettlementRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementRoleGranted) ContractEventName() string {
	return ClaimSettlementRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (claimSettlement *ClaimSettlement) UnpackRoleGrantedEvent(log *types.Log) (*ClaimSettlementRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementRoleGranted)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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

// ClaimSettlementRoleRevoked represents a RoleRevoked event raised by the ClaimSettlement contract.
type ClaimSettlementRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementRoleRevoked) ContractEventName() string {
	return ClaimSettlementRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (claimSettlement *ClaimSettlement) UnpackRoleRevokedEvent(log *types.Log) (*ClaimSettlementRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementRoleRevoked)
	if len(log.Data) > 0 {
		if err := claimSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range claimSettlement.abi.Events[event].Inputs {
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
func (claimSettlement *ClaimSettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EmptyClaimKey"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEmptyClaimKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EmptyMerkleRoot"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEmptyMerkleRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["OffsetMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackOffsetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroPayee"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroPayeeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroPayment"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroPaymentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ClaimSettlementAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the ClaimSettlement contract.
type ClaimSettlementAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func ClaimSettlementAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (claimSettlement *ClaimSettlement) UnpackAccessControlBadConfirmationError(raw []byte) (*ClaimSettlementAccessControlBadConfirmation, error) {
	out := new(ClaimSettlementAccessControlBadConfirmation)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the ClaimSettlement contract.
type ClaimSettlementAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func ClaimSettlementAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (claimSettlement *ClaimSettlement) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*ClaimSettlementAccessControlUnauthorizedAccount, error) {
	out := new(ClaimSettlementAccessControlUnauthorizedAccount)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementEmptyBatch represents a EmptyBatch error raised by the ClaimSettlement contract.
type ClaimSettlementEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func ClaimSettlementEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (claimSettlement *ClaimSettlement) UnpackEmptyBatchError(raw []byte) (*ClaimSettlementEmptyBatch, error) {
	out := new(ClaimSettlementEmptyBatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementEmptyClaimKey represents a EmptyClaimKey error raised by the ClaimSettlement contract.
type ClaimSettlementEmptyClaimKey struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyClaimKey(uint256 index)
func ClaimSettlementEmptyClaimKeyErrorID() common.Hash {
	return common.HexToHash("0xeb11547d7a5c42b7687cb14c39d5cceb52f57fb160df9b752fff663b7ff20c95")
}

// UnpackEmptyClaimKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyClaimKey(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackEmptyClaimKeyError(raw []byte) (*ClaimSettlementEmptyClaimKey, error) {
	out := new(ClaimSettlementEmptyClaimKey)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "EmptyClaimKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementEmptyMerkleRoot represents a EmptyMerkleRoot error raised by the ClaimSettlement contract.
type ClaimSettlementEmptyMerkleRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyMerkleRoot()
func ClaimSettlementEmptyMerkleRootErrorID() common.Hash {
	return common.HexToHash("0x85ac2b99427efb490f92ac6e2a04a4f3c8870b9a955d536951aca09c5086eaa0")
}

// UnpackEmptyMerkleRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyMerkleRoot()
func (claimSettlement *ClaimSettlement) UnpackEmptyMerkleRootError(raw []byte) (*ClaimSettlementEmptyMerkleRoot, error) {
	out := new(ClaimSettlementEmptyMerkleRoot)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "EmptyMerkleRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementInsufficientEscrow represents a InsufficientEscrow error raised by the ClaimSettlement contract.
type ClaimSettlementInsufficientEscrow struct {
	Needed    *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 needed, uint256 available)
func ClaimSettlementInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xc0710ec85093bc42a85790b3e7960a058f1e6b21003b2de03ec7502e28018cd1")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 needed, uint256 available)
func (claimSettlement *ClaimSettlement) UnpackInsufficientEscrowError(raw []byte) (*ClaimSettlementInsufficientEscrow, error) {
	out := new(ClaimSettlementInsufficientEscrow)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementLengthMismatch represents a LengthMismatch error raised by the ClaimSettlement contract.
type ClaimSettlementLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func ClaimSettlementLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (claimSettlement *ClaimSettlement) UnpackLengthMismatchError(raw []byte) (*ClaimSettlementLengthMismatch, error) {
	out := new(ClaimSettlementLengthMismatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementOffsetMismatch represents a OffsetMismatch error raised by the ClaimSettlement contract.
type ClaimSettlementOffsetMismatch struct {
	Partition uint32
	Expected  uint64
	Given     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OffsetMismatch(uint32 partition, uint64 expected, uint64 given)
func ClaimSettlementOffsetMismatchErrorID() common.Hash {
	return common.HexToHash("0xc653c0844acbb083e65d03861e521432e024a9d728ba189474dcf518141f71c0")
}

// UnpackOffsetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OffsetMismatch(uint32 partition, uint64 expected, uint64 given)
func (claimSettlement *ClaimSettlement) UnpackOffsetMismatchError(raw []byte) (*ClaimSettlementOffsetMismatch, error) {
	out := new(ClaimSettlementOffsetMismatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "OffsetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the ClaimSettlement contract.
type ClaimSettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func ClaimSettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (claimSettlement *ClaimSettlement) UnpackSafeERC20FailedOperationError(raw []byte) (*ClaimSettlementSafeERC20FailedOperation, error) {
	out := new(ClaimSettlementSafeERC20FailedOperation)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroAddress represents a ZeroAddress error raised by the ClaimSettlement contract.
type ClaimSettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ClaimSettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (claimSettlement *ClaimSettlement) UnpackZeroAddressError(raw []byte) (*ClaimSettlementZeroAddress, error) {
	out := new(ClaimSettlementZeroAddress)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroAmount represents a ZeroAmount error raised by the ClaimSettlement contract.
type ClaimSettlementZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func ClaimSettlementZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (claimSettlement *ClaimSettlement) UnpackZeroAmountError(raw []byte) (*ClaimSettlementZeroAmount, error) {
	out := new(ClaimSettlementZeroAmount)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroPayee represents a ZeroPayee error raised by the ClaimSettlement contract.
type ClaimSettlementZeroPayee struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayee(uint256 index)
func ClaimSettlementZeroPayeeErrorID() common.Hash {
	return common.HexToHash("0x95ff3888ee830da786e4e57f5542d28d8917f0c5a2e5ab006da4b350f7137e28")
}

// UnpackZeroPayeeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayee(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroPayeeError(raw []byte) (*ClaimSettlementZeroPayee, error) {
	out := new(ClaimSettlementZeroPayee)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroPayee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroPayment represents a ZeroPayment error raised by the ClaimSettlement contract.
type ClaimSettlementZeroPayment struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroPayment(uint256 index)
func ClaimSettlementZeroPaymentErrorID() common.Hash {
	return common.HexToHash("0xf002b73b2e236711b0e203faf952ef201850a148e4a92936c0064974e16f6ec5")
}

// UnpackZeroPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroPayment(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroPaymentError(raw []byte) (*ClaimSettlementZeroPayment, error) {
	out := new(ClaimSettlementZeroPayment)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}
