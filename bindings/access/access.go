// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package access

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

// AccessLogAccess is an auto generated low-level Go binding around an user-defined struct.
type AccessLogAccess struct {
	ClaimKey   [32]byte
	Viewer     [32]byte
	ViewerKind uint8
	Purpose    uint8
	AccessedAt uint64
	Offset     uint64
}

// AccessLogMetaData contains all meta data concerning the AccessLog contract.
var AccessLogMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"recorder\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"}],\"name\":\"AccessOffsetOutOfOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"OffsetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"offsets\",\"type\":\"uint64\"}],\"name\":\"TooManyAccesses\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"UnknownPurpose\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"viewerKind\",\"type\":\"uint8\"}],\"name\":\"UnknownViewerKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ViewerNotAnAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroAccessTime\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroClaimKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecorder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroViewer\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"AccessBatchRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"viewer\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"viewerKind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"accessedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"}],\"name\":\"ClaimAccessed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_AUDIT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_PROVIDER_PROOF\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_PROVIDER_REMITTANCE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_PROVIDER_STATUS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PURPOSE_REVIEW\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORDER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VIEWER_ACCOUNT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VIEWER_PROVIDER\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"}],\"name\":\"nextOffset\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"viewer\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"viewerKind\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"accessedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"}],\"internalType\":\"structAccessLog.Access[]\",\"name\":\"accesses\",\"type\":\"tuple[]\"}],\"name\":\"recordAccess\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AccessLog",
	Bin: "0x6080346100f157601f6113c538819003918201601f19168301916001600160401b038311848410176100f5578084926060946040528339810103126100f15761004781610109565b9060208101519065ffffffffffff821682036100f15760406100699101610109565b916001600160a01b038116156100de57600180546001600160d01b031660d09390931b6001600160d01b031916929092179091556100a69061011d565b506001600160a01b038116156100cf576100bf90610165565b506040516111b190816102148239f35b6378b97b6f60e01b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100f157565b600254906001600160a01b038216610156576001600160a01b03199091166001600160a01b03821617600255610153905f61018b565b90565b631fe1e13d60e11b5f5260045ffd5b610153907ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb45b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661020d575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610d8957508063022d63fb14610d6c5780630aa6220b14610cda57806313be4f5514610cbf578063248a9ca314610c8d5780632f2ff15d14610c4a5780632fe7cd811461015057806336568abe14610b5f578063418aa76714610b1c57806342e0f10814610b215780634c91ae1614610b1c578063578b379614610b01578063634e93da14610a25578063649a5ec7146108a057806384ef8ffc146108785780638da5cb5b1461087857806390c9ab9c1461085d57806391d1485414610815578063a1eda53c146107b3578063a217fddf14610799578063bea865811461075f578063cc8463c814610735578063cefc142914610689578063cf6eefb714610650578063d547741f146105f7578063d602b9fd14610596578063e697529b146101555763eba7356914610150575f80fd5b610e0c565b346105925760803660031901126105925761016e610e42565b602435906001600160401b03821680830361059257604435906001600160401b038216809203610592576064356001600160401b0381116105925736602382011215610592578060040135936001600160401b0385116105925736602460c087028401011161059257335f9081527fb1ac342c5dc0467d8d4c0f1a20a519fb4987a5277efab1f73a21e4b3b5256e4e602052604090205460ff161561055b5763ffffffff1694855f5260036020526001600160401b0360405f205416808403610540575082841115610531578284036001600160401b0381116103cf576001600160401b031680861161051b5750855f52600360205260405f20846001600160401b0319825416179055915f5b858110156104e15760c08102830193602485013580156104ce5760448601359182156104bb576064870196600160ff6102b38a610ea2565b1603610485578360a01c610472575b6084810191600160ff6102d485610ea2565b1610801561045d575b61043a5760a48201916001600160401b036102f784610e8e565b16156104275760c401906001600160401b038061031384610e8e565b9216911610801561040c575b6103e35760016001600160401b0361033683610e8e565b16016001600160401b0381116103cf579861035090610ea2565b9261035a90610ea2565b9161036490610e8e565b9061036e90610e8e565b916040519360ff16845260ff1660208401526001600160401b031660408301528a60608301526001600160401b0316608082015260a07fab2ca74a2295613a1ae14043342032ccbc611b4710ec118731afa27430edefcb91a360010161027b565b634e487b7160e01b5f52601160045260245ffd5b856103f56001600160401b0392610e8e565b9063c070214360e01b5f526004521660245260445ffd5b50896001600160401b0361041f83610e8e565b16101561031f565b8663c3990c6360e01b5f5260045260245ffd5b60ff8661044685610ea2565b9063ef4e470760e01b5f526004521660245260445ffd5b50600560ff61046b85610ea2565b16116102dd565b8463c67a381f60e01b5f5260045260245ffd5b600260ff6104928a610ea2565b16146102c25760ff856104a48a610ea2565b906359eb733760e01b5f526004521660245260445ffd5b83632ca66f3760e11b5f5260045260245ffd5b826324992d1760e01b5f5260045260245ffd5b867fda309362aa46074dec2feccadbc040eac90168a16fbf8de79896597523516fe6606084898960405192835260208301526040820152a2005b85631ffe5f6b60e21b5f5260045260245260445ffd5b63c2e5347d60e01b5f5260045ffd5b839087633194f02160e21b5f5260045260245260445260645ffd5b63e2517d3f60e01b5f52336004527ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb460245260445ffd5b5f80fd5b34610592575f366003190112610592576105ae610eb0565b600180546001600160d01b0319811690915560a01c65ffffffffffff166105d157005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461059257604036600319011261059257600435610613610df6565b8115610641578161063a61063561063f945f525f602052600160405f20015490565b610eff565b611006565b005b631fe1e13d60e11b5f5260045ffd5b34610592575f36600319011261059257600154604080516001600160a01b038316815260a09290921c65ffffffffffff16602083015290f35b34610592575f366003190112610592576001546001600160a01b031633036107225760015460a081901c65ffffffffffff16906001600160a01b031681158015610718575b610705576002546106f291906106ec906001600160a01b0316610fd0565b50610f55565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b50428210156106ce565b636116401160e11b5f523360045260245ffd5b34610592575f36600319011261059257602061074f610e55565b65ffffffffffff60405191168152f35b34610592575f3660031901126105925760206040517ff996da754c790e95d5c7ca3330cfcad529487fe9d1d8edb7afc65076fdf9adb48152f35b34610592575f3660031901126105925760206040515f8152f35b34610592575f366003190112610592576002548060d01c908115158061080b575b156108015760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f906107e5565b50428210156107d4565b346105925760403660031901126105925761082e610df6565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610592575f36600319011261059257602060405160038152f35b34610592575f366003190112610592576002546040516001600160a01b039091168152602090f35b346105925760203660031901126105925760043565ffffffffffff811690818103610592576108cd610eb0565b6108d642611044565b9165ffffffffffff6108e6610e55565b16808211156109eb57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080610933951091180262069780181690610f37565b906002548060d01c8061098f575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b4211156109c157600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380610941565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a16109ba565b0365ffffffffffff81116103cf577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926109339190610f37565b34610592576020366003190112610592576004356001600160a01b0381169081900361059257610a53610eb0565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020610a90610a8242611044565b610a8a610e55565b90610f37565b600180546001600160d01b03198116861760a084811b65ffffffffffff60a01b1691909117909255901c65ffffffffffff16610ad8575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1610ac7565b34610592575f36600319011261059257602060405160058152f35b610e27565b346105925760203660031901126105925763ffffffff610b3f610e42565b165f52600360205260206001600160401b0360405f205416604051908152f35b3461059257604036600319011261059257600435610b7b610df6565b811580610c33575b610bb0575b336001600160a01b03821603610ba15761063f91611006565b63334bd91960e11b5f5260045ffd5b60015465ffffffffffff60a082901c16906001600160a01b031615801590610c23575b8015610c11575b610bf657506001805465ffffffffffff60a01b19169055610b88565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015610bda565b5065ffffffffffff811615610bd3565b506002546001600160a01b03828116911614610b83565b3461059257604036600319011261059257600435610c66610df6565b81156106415781610c8861063561063f945f525f602052600160405f20015490565b610f8e565b34610592576020366003190112610592576020610cb76004355f525f602052600160405f20015490565b604051908152f35b34610592575f36600319011261059257602060405160048152f35b34610592575f36600319011261059257610cf2610eb0565b6002548060d01c80610d10575b600280546001600160a01b03169055005b421115610d4257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080610cff565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1610d3b565b34610592575f366003190112610592576020604051620697808152f35b34610592576020366003190112610592576004359063ffffffff60e01b8216809203610592576020916318a4c3c360e11b8114908115610dcb575b5015158152f35b637965db0b60e01b811491508115610de5575b5083610dc4565b6301ffc9a760e01b14905083610dde565b602435906001600160a01b038216820361059257565b34610592575f36600319011261059257602060405160028152f35b34610592575f36600319011261059257602060405160018152f35b6004359063ffffffff8216820361059257565b6002548060d01c8015159081610e84575b5015610e7a5760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f610e66565b356001600160401b03811681036105925790565b3560ff811681036105925790565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615610ee857565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615610f215750565b63e2517d3f60e01b5f523360045260245260445ffd5b9065ffffffffffff8091169116019065ffffffffffff82116103cf57565b600254906001600160a01b038216610641576001600160a01b03199091166001600160a01b03821617600255610f8b905f611073565b90565b908115610f9f575b610f8b91611073565b600254916001600160a01b038316610641576001600160a01b03199092166001600160a01b03821617600255610f96565b600254610f8b91906001600160a01b03808316911614610ff1575b5f6110fb565b600280546001600160a01b0319169055610feb565b90610f8b9180158061102d575b156110fb57600280546001600160a01b03191690556110fb565b506002546001600160a01b03838116911614611013565b65ffffffffffff811161105c5765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166110f5575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156110f5575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea264697066735822122076b06140dfc282ac5c7b917a4bd63928555e1af183b9ec4a90ebb27d5283cca264736f6c63430008250033",
}

// AccessLog is an auto generated Go binding around an Ethereum contract.
type AccessLog struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AccessLog) GetABI() abi.ABI {
	return c.abi
}

// NewAccessLog creates a new instance of AccessLog.
func NewAccessLog() *AccessLog {
	parsed, err := AccessLogMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AccessLog{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AccessLog) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint48 adminDelay, address recorder) returns()
func (accessLog *AccessLog) PackConstructor(admin common.Address, adminDelay *big.Int, recorder common.Address) []byte {
	enc, err := accessLog.abi.Pack("", admin, adminDelay, recorder)
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
func (accessLog *AccessLog) PackDEFAULTADMINROLE() []byte {
	enc, err := accessLog.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (accessLog *AccessLog) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return accessLog.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (accessLog *AccessLog) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := accessLog.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPURPOSEAUDIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x578b3796.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PURPOSE_AUDIT() view returns(uint8)
func (accessLog *AccessLog) PackPURPOSEAUDIT() []byte {
	enc, err := accessLog.abi.Pack("PURPOSE_AUDIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPURPOSEAUDIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x578b3796.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PURPOSE_AUDIT() view returns(uint8)
func (accessLog *AccessLog) TryPackPURPOSEAUDIT() ([]byte, error) {
	return accessLog.abi.Pack("PURPOSE_AUDIT")
}

// UnpackPURPOSEAUDIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x578b3796.
//
// Solidity: function PURPOSE_AUDIT() view returns(uint8)
func (accessLog *AccessLog) UnpackPURPOSEAUDIT(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("PURPOSE_AUDIT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPURPOSEPROVIDERPROOF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba73569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PURPOSE_PROVIDER_PROOF() view returns(uint8)
func (accessLog *AccessLog) PackPURPOSEPROVIDERPROOF() []byte {
	enc, err := accessLog.abi.Pack("PURPOSE_PROVIDER_PROOF")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPURPOSEPROVIDERPROOF is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeba73569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PURPOSE_PROVIDER_PROOF() view returns(uint8)
func (accessLog *AccessLog) TryPackPURPOSEPROVIDERPROOF() ([]byte, error) {
	return accessLog.abi.Pack("PURPOSE_PROVIDER_PROOF")
}

// UnpackPURPOSEPROVIDERPROOF is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeba73569.
//
// Solidity: function PURPOSE_PROVIDER_PROOF() view returns(uint8)
func (accessLog *AccessLog) UnpackPURPOSEPROVIDERPROOF(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("PURPOSE_PROVIDER_PROOF", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPURPOSEPROVIDERREMITTANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c9ab9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PURPOSE_PROVIDER_REMITTANCE() view returns(uint8)
func (accessLog *AccessLog) PackPURPOSEPROVIDERREMITTANCE() []byte {
	enc, err := accessLog.abi.Pack("PURPOSE_PROVIDER_REMITTANCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPURPOSEPROVIDERREMITTANCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90c9ab9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PURPOSE_PROVIDER_REMITTANCE() view returns(uint8)
func (accessLog *AccessLog) TryPackPURPOSEPROVIDERREMITTANCE() ([]byte, error) {
	return accessLog.abi.Pack("PURPOSE_PROVIDER_REMITTANCE")
}

// UnpackPURPOSEPROVIDERREMITTANCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90c9ab9c.
//
// Solidity: function PURPOSE_PROVIDER_REMITTANCE() view returns(uint8)
func (accessLog *AccessLog) UnpackPURPOSEPROVIDERREMITTANCE(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("PURPOSE_PROVIDER_REMITTANCE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPURPOSEPROVIDERSTATUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c91ae16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PURPOSE_PROVIDER_STATUS() view returns(uint8)
func (accessLog *AccessLog) PackPURPOSEPROVIDERSTATUS() []byte {
	enc, err := accessLog.abi.Pack("PURPOSE_PROVIDER_STATUS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPURPOSEPROVIDERSTATUS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c91ae16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PURPOSE_PROVIDER_STATUS() view returns(uint8)
func (accessLog *AccessLog) TryPackPURPOSEPROVIDERSTATUS() ([]byte, error) {
	return accessLog.abi.Pack("PURPOSE_PROVIDER_STATUS")
}

// UnpackPURPOSEPROVIDERSTATUS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c91ae16.
//
// Solidity: function PURPOSE_PROVIDER_STATUS() view returns(uint8)
func (accessLog *AccessLog) UnpackPURPOSEPROVIDERSTATUS(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("PURPOSE_PROVIDER_STATUS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackPURPOSEREVIEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13be4f55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PURPOSE_REVIEW() view returns(uint8)
func (accessLog *AccessLog) PackPURPOSEREVIEW() []byte {
	enc, err := accessLog.abi.Pack("PURPOSE_REVIEW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPURPOSEREVIEW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13be4f55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PURPOSE_REVIEW() view returns(uint8)
func (accessLog *AccessLog) TryPackPURPOSEREVIEW() ([]byte, error) {
	return accessLog.abi.Pack("PURPOSE_REVIEW")
}

// UnpackPURPOSEREVIEW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13be4f55.
//
// Solidity: function PURPOSE_REVIEW() view returns(uint8)
func (accessLog *AccessLog) UnpackPURPOSEREVIEW(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("PURPOSE_REVIEW", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRECORDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea86581.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (accessLog *AccessLog) PackRECORDERROLE() []byte {
	enc, err := accessLog.abi.Pack("RECORDER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECORDERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbea86581.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (accessLog *AccessLog) TryPackRECORDERROLE() ([]byte, error) {
	return accessLog.abi.Pack("RECORDER_ROLE")
}

// UnpackRECORDERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbea86581.
//
// Solidity: function RECORDER_ROLE() view returns(bytes32)
func (accessLog *AccessLog) UnpackRECORDERROLE(data []byte) ([32]byte, error) {
	out, err := accessLog.abi.Unpack("RECORDER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVIEWERACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418aa767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VIEWER_ACCOUNT() view returns(uint8)
func (accessLog *AccessLog) PackVIEWERACCOUNT() []byte {
	enc, err := accessLog.abi.Pack("VIEWER_ACCOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVIEWERACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x418aa767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VIEWER_ACCOUNT() view returns(uint8)
func (accessLog *AccessLog) TryPackVIEWERACCOUNT() ([]byte, error) {
	return accessLog.abi.Pack("VIEWER_ACCOUNT")
}

// UnpackVIEWERACCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x418aa767.
//
// Solidity: function VIEWER_ACCOUNT() view returns(uint8)
func (accessLog *AccessLog) UnpackVIEWERACCOUNT(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("VIEWER_ACCOUNT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVIEWERPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe7cd81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VIEWER_PROVIDER() view returns(uint8)
func (accessLog *AccessLog) PackVIEWERPROVIDER() []byte {
	enc, err := accessLog.abi.Pack("VIEWER_PROVIDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVIEWERPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe7cd81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VIEWER_PROVIDER() view returns(uint8)
func (accessLog *AccessLog) TryPackVIEWERPROVIDER() ([]byte, error) {
	return accessLog.abi.Pack("VIEWER_PROVIDER")
}

// UnpackVIEWERPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe7cd81.
//
// Solidity: function VIEWER_PROVIDER() view returns(uint8)
func (accessLog *AccessLog) UnpackVIEWERPROVIDER(data []byte) (uint8, error) {
	out, err := accessLog.abi.Unpack("VIEWER_PROVIDER", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (accessLog *AccessLog) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := accessLog.abi.Pack("acceptDefaultAdminTransfer")
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
func (accessLog *AccessLog) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return accessLog.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (accessLog *AccessLog) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := accessLog.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (accessLog *AccessLog) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return accessLog.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (accessLog *AccessLog) PackCancelDefaultAdminTransfer() []byte {
	enc, err := accessLog.abi.Pack("cancelDefaultAdminTransfer")
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
func (accessLog *AccessLog) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return accessLog.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (accessLog *AccessLog) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := accessLog.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (accessLog *AccessLog) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return accessLog.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (accessLog *AccessLog) PackDefaultAdmin() []byte {
	enc, err := accessLog.abi.Pack("defaultAdmin")
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
func (accessLog *AccessLog) TryPackDefaultAdmin() ([]byte, error) {
	return accessLog.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (accessLog *AccessLog) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := accessLog.abi.Unpack("defaultAdmin", data)
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
func (accessLog *AccessLog) PackDefaultAdminDelay() []byte {
	enc, err := accessLog.abi.Pack("defaultAdminDelay")
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
func (accessLog *AccessLog) TryPackDefaultAdminDelay() ([]byte, error) {
	return accessLog.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (accessLog *AccessLog) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := accessLog.abi.Unpack("defaultAdminDelay", data)
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
func (accessLog *AccessLog) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := accessLog.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (accessLog *AccessLog) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return accessLog.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (accessLog *AccessLog) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := accessLog.abi.Unpack("defaultAdminDelayIncreaseWait", data)
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
func (accessLog *AccessLog) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := accessLog.abi.Pack("getRoleAdmin", role)
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
func (accessLog *AccessLog) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return accessLog.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (accessLog *AccessLog) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := accessLog.abi.Unpack("getRoleAdmin", data)
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
func (accessLog *AccessLog) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := accessLog.abi.Pack("grantRole", role, account)
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
func (accessLog *AccessLog) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return accessLog.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (accessLog *AccessLog) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := accessLog.abi.Pack("hasRole", role, account)
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
func (accessLog *AccessLog) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return accessLog.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (accessLog *AccessLog) UnpackHasRole(data []byte) (bool, error) {
	out, err := accessLog.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNextOffset is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42e0f108.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextOffset(uint32 partition) view returns(uint64)
func (accessLog *AccessLog) PackNextOffset(partition uint32) []byte {
	enc, err := accessLog.abi.Pack("nextOffset", partition)
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
func (accessLog *AccessLog) TryPackNextOffset(partition uint32) ([]byte, error) {
	return accessLog.abi.Pack("nextOffset", partition)
}

// UnpackNextOffset is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42e0f108.
//
// Solidity: function nextOffset(uint32 partition) view returns(uint64)
func (accessLog *AccessLog) UnpackNextOffset(data []byte) (uint64, error) {
	out, err := accessLog.abi.Unpack("nextOffset", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (accessLog *AccessLog) PackOwner() []byte {
	enc, err := accessLog.abi.Pack("owner")
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
func (accessLog *AccessLog) TryPackOwner() ([]byte, error) {
	return accessLog.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (accessLog *AccessLog) UnpackOwner(data []byte) (common.Address, error) {
	out, err := accessLog.abi.Unpack("owner", data)
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
func (accessLog *AccessLog) PackPendingDefaultAdmin() []byte {
	enc, err := accessLog.abi.Pack("pendingDefaultAdmin")
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
func (accessLog *AccessLog) TryPackPendingDefaultAdmin() ([]byte, error) {
	return accessLog.abi.Pack("pendingDefaultAdmin")
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
func (accessLog *AccessLog) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := accessLog.abi.Unpack("pendingDefaultAdmin", data)
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
func (accessLog *AccessLog) PackPendingDefaultAdminDelay() []byte {
	enc, err := accessLog.abi.Pack("pendingDefaultAdminDelay")
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
func (accessLog *AccessLog) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return accessLog.abi.Pack("pendingDefaultAdminDelay")
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
func (accessLog *AccessLog) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := accessLog.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRecordAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe697529b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordAccess(uint32 partition, uint64 fromOffset, uint64 toOffset, (bytes32,bytes32,uint8,uint8,uint64,uint64)[] accesses) returns()
func (accessLog *AccessLog) PackRecordAccess(partition uint32, fromOffset uint64, toOffset uint64, accesses []AccessLogAccess) []byte {
	enc, err := accessLog.abi.Pack("recordAccess", partition, fromOffset, toOffset, accesses)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordAccess is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe697529b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordAccess(uint32 partition, uint64 fromOffset, uint64 toOffset, (bytes32,bytes32,uint8,uint8,uint64,uint64)[] accesses) returns()
func (accessLog *AccessLog) TryPackRecordAccess(partition uint32, fromOffset uint64, toOffset uint64, accesses []AccessLogAccess) ([]byte, error) {
	return accessLog.abi.Pack("recordAccess", partition, fromOffset, toOffset, accesses)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (accessLog *AccessLog) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := accessLog.abi.Pack("renounceRole", role, account)
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
func (accessLog *AccessLog) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return accessLog.abi.Pack("renounceRole", role, account)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (accessLog *AccessLog) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := accessLog.abi.Pack("revokeRole", role, account)
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
func (accessLog *AccessLog) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return accessLog.abi.Pack("revokeRole", role, account)
}

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (accessLog *AccessLog) PackRollbackDefaultAdminDelay() []byte {
	enc, err := accessLog.abi.Pack("rollbackDefaultAdminDelay")
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
func (accessLog *AccessLog) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return accessLog.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (accessLog *AccessLog) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := accessLog.abi.Pack("supportsInterface", interfaceId)
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
func (accessLog *AccessLog) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return accessLog.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (accessLog *AccessLog) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := accessLog.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// AccessLogAccessBatchRecorded represents a AccessBatchRecorded event raised by the AccessLog contract.
type AccessLogAccessBatchRecorded struct {
	Partition  uint32
	FromOffset uint64
	ToOffset   uint64
	Count      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const AccessLogAccessBatchRecordedEventName = "AccessBatchRecorded"

// ContractEventName returns the user-defined event name.
func (AccessLogAccessBatchRecorded) ContractEventName() string {
	return AccessLogAccessBatchRecordedEventName
}

// UnpackAccessBatchRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccessBatchRecorded(uint32 indexed partition, uint64 fromOffset, uint64 toOffset, uint256 count)
func (accessLog *AccessLog) UnpackAccessBatchRecordedEvent(log *types.Log) (*AccessLogAccessBatchRecorded, error) {
	event := "AccessBatchRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogAccessBatchRecorded)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogClaimAccessed represents a ClaimAccessed event raised by the AccessLog contract.
type AccessLogClaimAccessed struct {
	ClaimKey   [32]byte
	Viewer     [32]byte
	ViewerKind uint8
	Purpose    uint8
	AccessedAt uint64
	Partition  uint32
	Offset     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const AccessLogClaimAccessedEventName = "ClaimAccessed"

// ContractEventName returns the user-defined event name.
func (AccessLogClaimAccessed) ContractEventName() string {
	return AccessLogClaimAccessedEventName
}

// UnpackClaimAccessedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimAccessed(bytes32 indexed claimKey, bytes32 indexed viewer, uint8 viewerKind, uint8 purpose, uint64 accessedAt, uint32 partition, uint64 offset)
func (accessLog *AccessLog) UnpackClaimAccessedEvent(log *types.Log) (*AccessLogClaimAccessed, error) {
	event := "ClaimAccessed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogClaimAccessed)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the AccessLog contract.
type AccessLogDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AccessLogDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (AccessLogDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return AccessLogDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (accessLog *AccessLog) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*AccessLogDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogDefaultAdminDelayChangeCanceled)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the AccessLog contract.
type AccessLogDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AccessLogDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (AccessLogDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return AccessLogDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (accessLog *AccessLog) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*AccessLogDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogDefaultAdminDelayChangeScheduled)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the AccessLog contract.
type AccessLogDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AccessLogDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (AccessLogDefaultAdminTransferCanceled) ContractEventName() string {
	return AccessLogDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (accessLog *AccessLog) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*AccessLogDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogDefaultAdminTransferCanceled)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the AccessLog contract.
type AccessLogDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const AccessLogDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (AccessLogDefaultAdminTransferScheduled) ContractEventName() string {
	return AccessLogDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (accessLog *AccessLog) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*AccessLogDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogDefaultAdminTransferScheduled)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogRoleAdminChanged represents a RoleAdminChanged event raised by the AccessLog contract.
type AccessLogRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const AccessLogRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (AccessLogRoleAdminChanged) ContractEventName() string {
	return AccessLogRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (accessLog *AccessLog) UnpackRoleAdminChangedEvent(log *types.Log) (*AccessLogRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogRoleGranted represents a RoleGranted event raised by the AccessLog contract.
type AccessLogRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AccessLogRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (AccessLogRoleGranted) ContractEventName() string {
	return AccessLogRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (accessLog *AccessLog) UnpackRoleGrantedEvent(log *types.Log) (*AccessLogRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogRoleGranted)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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

// AccessLogRoleRevoked represents a RoleRevoked event raised by the AccessLog contract.
type AccessLogRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const AccessLogRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (AccessLogRoleRevoked) ContractEventName() string {
	return AccessLogRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (accessLog *AccessLog) UnpackRoleRevokedEvent(log *types.Log) (*AccessLogRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != accessLog.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AccessLogRoleRevoked)
	if len(log.Data) > 0 {
		if err := accessLog.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range accessLog.abi.Events[event].Inputs {
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
func (accessLog *AccessLog) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["AccessOffsetOutOfOrder"].ID.Bytes()[:4]) {
		return accessLog.UnpackAccessOffsetOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return accessLog.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["OffsetMismatch"].ID.Bytes()[:4]) {
		return accessLog.UnpackOffsetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return accessLog.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["TooManyAccesses"].ID.Bytes()[:4]) {
		return accessLog.UnpackTooManyAccessesError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["UnknownPurpose"].ID.Bytes()[:4]) {
		return accessLog.UnpackUnknownPurposeError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["UnknownViewerKind"].ID.Bytes()[:4]) {
		return accessLog.UnpackUnknownViewerKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["ViewerNotAnAddress"].ID.Bytes()[:4]) {
		return accessLog.UnpackViewerNotAnAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["ZeroAccessTime"].ID.Bytes()[:4]) {
		return accessLog.UnpackZeroAccessTimeError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["ZeroClaimKey"].ID.Bytes()[:4]) {
		return accessLog.UnpackZeroClaimKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["ZeroRecorder"].ID.Bytes()[:4]) {
		return accessLog.UnpackZeroRecorderError(raw[4:])
	}
	if bytes.Equal(raw[:4], accessLog.abi.Errors["ZeroViewer"].ID.Bytes()[:4]) {
		return accessLog.UnpackZeroViewerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AccessLogAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the AccessLog contract.
type AccessLogAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func AccessLogAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (accessLog *AccessLog) UnpackAccessControlBadConfirmationError(raw []byte) (*AccessLogAccessControlBadConfirmation, error) {
	out := new(AccessLogAccessControlBadConfirmation)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the AccessLog contract.
type AccessLogAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func AccessLogAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (accessLog *AccessLog) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*AccessLogAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(AccessLogAccessControlEnforcedDefaultAdminDelay)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the AccessLog contract.
type AccessLogAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func AccessLogAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (accessLog *AccessLog) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*AccessLogAccessControlEnforcedDefaultAdminRules, error) {
	out := new(AccessLogAccessControlEnforcedDefaultAdminRules)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the AccessLog contract.
type AccessLogAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func AccessLogAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (accessLog *AccessLog) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*AccessLogAccessControlInvalidDefaultAdmin, error) {
	out := new(AccessLogAccessControlInvalidDefaultAdmin)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the AccessLog contract.
type AccessLogAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func AccessLogAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (accessLog *AccessLog) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*AccessLogAccessControlUnauthorizedAccount, error) {
	out := new(AccessLogAccessControlUnauthorizedAccount)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogAccessOffsetOutOfOrder represents a AccessOffsetOutOfOrder error raised by the AccessLog contract.
type AccessLogAccessOffsetOutOfOrder struct {
	Index  *big.Int
	Offset uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessOffsetOutOfOrder(uint256 index, uint64 offset)
func AccessLogAccessOffsetOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0xc07021433f68ceb574b79624e0e1845dee10429dc405f3d632cc256b4c9e6ac3")
}

// UnpackAccessOffsetOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessOffsetOutOfOrder(uint256 index, uint64 offset)
func (accessLog *AccessLog) UnpackAccessOffsetOutOfOrderError(raw []byte) (*AccessLogAccessOffsetOutOfOrder, error) {
	out := new(AccessLogAccessOffsetOutOfOrder)
	if err := accessLog.abi.UnpackIntoInterface(out, "AccessOffsetOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogEmptyBatch represents a EmptyBatch error raised by the AccessLog contract.
type AccessLogEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func AccessLogEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (accessLog *AccessLog) UnpackEmptyBatchError(raw []byte) (*AccessLogEmptyBatch, error) {
	out := new(AccessLogEmptyBatch)
	if err := accessLog.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogOffsetMismatch represents a OffsetMismatch error raised by the AccessLog contract.
type AccessLogOffsetMismatch struct {
	Partition uint32
	Expected  uint64
	Given     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OffsetMismatch(uint32 partition, uint64 expected, uint64 given)
func AccessLogOffsetMismatchErrorID() common.Hash {
	return common.HexToHash("0xc653c0844acbb083e65d03861e521432e024a9d728ba189474dcf518141f71c0")
}

// UnpackOffsetMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OffsetMismatch(uint32 partition, uint64 expected, uint64 given)
func (accessLog *AccessLog) UnpackOffsetMismatchError(raw []byte) (*AccessLogOffsetMismatch, error) {
	out := new(AccessLogOffsetMismatch)
	if err := accessLog.abi.UnpackIntoInterface(out, "OffsetMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AccessLog contract.
type AccessLogSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AccessLogSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (accessLog *AccessLog) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AccessLogSafeCastOverflowedUintDowncast, error) {
	out := new(AccessLogSafeCastOverflowedUintDowncast)
	if err := accessLog.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogTooManyAccesses represents a TooManyAccesses error raised by the AccessLog contract.
type AccessLogTooManyAccesses struct {
	Count   *big.Int
	Offsets uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyAccesses(uint256 count, uint64 offsets)
func AccessLogTooManyAccessesErrorID() common.Hash {
	return common.HexToHash("0x7ff97dac27671395c7ad9ef33f5233cb3040b03cd490e0085f755b4a7c572e12")
}

// UnpackTooManyAccessesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyAccesses(uint256 count, uint64 offsets)
func (accessLog *AccessLog) UnpackTooManyAccessesError(raw []byte) (*AccessLogTooManyAccesses, error) {
	out := new(AccessLogTooManyAccesses)
	if err := accessLog.abi.UnpackIntoInterface(out, "TooManyAccesses", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogUnknownPurpose represents a UnknownPurpose error raised by the AccessLog contract.
type AccessLogUnknownPurpose struct {
	Index   *big.Int
	Purpose uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPurpose(uint256 index, uint8 purpose)
func AccessLogUnknownPurposeErrorID() common.Hash {
	return common.HexToHash("0xef4e470702060bdbe2c30cb5967582301c3ddccdfa0814dbaf574a77030ccd38")
}

// UnpackUnknownPurposeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPurpose(uint256 index, uint8 purpose)
func (accessLog *AccessLog) UnpackUnknownPurposeError(raw []byte) (*AccessLogUnknownPurpose, error) {
	out := new(AccessLogUnknownPurpose)
	if err := accessLog.abi.UnpackIntoInterface(out, "UnknownPurpose", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogUnknownViewerKind represents a UnknownViewerKind error raised by the AccessLog contract.
type AccessLogUnknownViewerKind struct {
	Index      *big.Int
	ViewerKind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownViewerKind(uint256 index, uint8 viewerKind)
func AccessLogUnknownViewerKindErrorID() common.Hash {
	return common.HexToHash("0x59eb7337188fbdb88a675c82041edf0c51a8ef41fd102f24aef2e61aaa2bb706")
}

// UnpackUnknownViewerKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownViewerKind(uint256 index, uint8 viewerKind)
func (accessLog *AccessLog) UnpackUnknownViewerKindError(raw []byte) (*AccessLogUnknownViewerKind, error) {
	out := new(AccessLogUnknownViewerKind)
	if err := accessLog.abi.UnpackIntoInterface(out, "UnknownViewerKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogViewerNotAnAddress represents a ViewerNotAnAddress error raised by the AccessLog contract.
type AccessLogViewerNotAnAddress struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ViewerNotAnAddress(uint256 index)
func AccessLogViewerNotAnAddressErrorID() common.Hash {
	return common.HexToHash("0xc67a381f6bcfdadcb93a094de361d37d8b6f80c66602768cf65bbf50d2fbfdb4")
}

// UnpackViewerNotAnAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ViewerNotAnAddress(uint256 index)
func (accessLog *AccessLog) UnpackViewerNotAnAddressError(raw []byte) (*AccessLogViewerNotAnAddress, error) {
	out := new(AccessLogViewerNotAnAddress)
	if err := accessLog.abi.UnpackIntoInterface(out, "ViewerNotAnAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogZeroAccessTime represents a ZeroAccessTime error raised by the AccessLog contract.
type AccessLogZeroAccessTime struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAccessTime(uint256 index)
func AccessLogZeroAccessTimeErrorID() common.Hash {
	return common.HexToHash("0xc3990c63d427dca372bf8cbd216f0611f464cda883492845765deae11a9e2c37")
}

// UnpackZeroAccessTimeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAccessTime(uint256 index)
func (accessLog *AccessLog) UnpackZeroAccessTimeError(raw []byte) (*AccessLogZeroAccessTime, error) {
	out := new(AccessLogZeroAccessTime)
	if err := accessLog.abi.UnpackIntoInterface(out, "ZeroAccessTime", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogZeroClaimKey represents a ZeroClaimKey error raised by the AccessLog contract.
type AccessLogZeroClaimKey struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroClaimKey(uint256 index)
func AccessLogZeroClaimKeyErrorID() common.Hash {
	return common.HexToHash("0x24992d179b5cea80e21f42659d7b2ac6b6e436981609d6e11e02219a2c960f24")
}

// UnpackZeroClaimKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroClaimKey(uint256 index)
func (accessLog *AccessLog) UnpackZeroClaimKeyError(raw []byte) (*AccessLogZeroClaimKey, error) {
	out := new(AccessLogZeroClaimKey)
	if err := accessLog.abi.UnpackIntoInterface(out, "ZeroClaimKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogZeroRecorder represents a ZeroRecorder error raised by the AccessLog contract.
type AccessLogZeroRecorder struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecorder()
func AccessLogZeroRecorderErrorID() common.Hash {
	return common.HexToHash("0x78b97b6f097239b33f4f24be7cb3ae87683f2b4113e36f27feb25b13524e242e")
}

// UnpackZeroRecorderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecorder()
func (accessLog *AccessLog) UnpackZeroRecorderError(raw []byte) (*AccessLogZeroRecorder, error) {
	out := new(AccessLogZeroRecorder)
	if err := accessLog.abi.UnpackIntoInterface(out, "ZeroRecorder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AccessLogZeroViewer represents a ZeroViewer error raised by the AccessLog contract.
type AccessLogZeroViewer struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroViewer(uint256 index)
func AccessLogZeroViewerErrorID() common.Hash {
	return common.HexToHash("0x594cde6e9f6093ef680f777507a0e4394032b531df39c93dfa8b20f659df88a9")
}

// UnpackZeroViewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroViewer(uint256 index)
func (accessLog *AccessLog) UnpackZeroViewerError(raw []byte) (*AccessLogZeroViewer, error) {
	out := new(AccessLogZeroViewer)
	if err := accessLog.abi.UnpackIntoInterface(out, "ZeroViewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
