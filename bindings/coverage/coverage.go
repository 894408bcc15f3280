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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyMemberKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSpan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"memberKeys\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spanLists\",\"type\":\"uint256\"}],\"name\":\"SpanLengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroInsurer\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"spanCount\",\"type\":\"uint256\"}],\"name\":\"CoverageChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"}],\"name\":\"clearCoverage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"}],\"name\":\"coverageOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"memberKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[]\",\"name\":\"spans\",\"type\":\"tuple[]\"}],\"name\":\"setCoverage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"memberKeys\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes16\",\"name\":\"planId\",\"type\":\"bytes16\"},{\"internalType\":\"uint32\",\"name\":\"startDay\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"endDay\",\"type\":\"uint32\"}],\"internalType\":\"structCoverageRegistry.Span[][]\",\"name\":\"spans\",\"type\":\"tuple[][]\"}],\"name\":\"setCoverageBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CoverageRegistry",
	Bin: "0x6080346100f157601f61144238819003918201601f19168301916001600160401b038311848410176100f5578084926060946040528339810103126100f15761004781610109565b9060208101519065ffffffffffff821682036100f15760406100699101610109565b916001600160a01b038116156100de57600180546001600160d01b031660d09390931b6001600160d01b031916929092179091556100a69061011d565b506001600160a01b038116156100cf576100bf90610165565b5060405161122e90816102148239f35b6332ef39f560e11b5f5260045ffd5b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b51906001600160a01b03821682036100f157565b600254906001600160a01b038216610156576001600160a01b03199091166001600160a01b03821617600255610153905f61018b565b90565b631fe1e13d60e11b5f5260045ffd5b610153907feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd9725b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661020d575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610bd657508063022d63fb14610bb9578063056c998914610b7f5780630aa6220b14610aed578063248a9ca314610abb5780632f2ff15d14610a7857806336568abe1461098d57806341aa536214610898578063634e93da146107bc578063649a5ec7146106235780636f27c0271461058b57806384ef8ffc146104fb578063856f4b57146105235780638da5cb5b146104fb57806391d14854146104b3578063a1eda53c14610451578063a217fddf14610437578063cc8463c81461040d578063cefc142914610361578063cf6eefb714610328578063d547741f146102cf578063d602b9fd1461026e5763eede78f614610119575f80fd5b3461026a57602036600319011261026a576004355f52600360205260405f2080549067ffffffffffffffff82116102565760405191601f19603f8260051b0116830183811067ffffffffffffffff82111761025657604052808352602083019081925f5260205f20915f905b8282106101f9578486604051918291602083019060208452518091526040830191905f5b8181106101b7575050500390f35b919350916020606060019263ffffffff604088516001600160801b031981511684528286820151168685015201511660408201520194019101918493926101a9565b6040516060810181811067ffffffffffffffff82111761025657600192839260209260405263ffffffff88546001600160801b03198160801b168352818160801c168584015260a01c166040820152815201940191019092610185565b634e487b7160e01b5f52604160045260245ffd5b5f80fd5b3461026a575f36600319011261026a57610286610cc3565b600180546001600160d01b0319811690915560a01c65ffffffffffff166102a957005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b3461026a57604036600319011261026a576004356102eb610c43565b8115610319578161031261030d610317945f525f602052600160405f20015490565b610d81565b611083565b005b631fe1e13d60e11b5f5260045ffd5b3461026a575f36600319011261026a57600154604080516001600160a01b038316815260a09290921c65ffffffffffff16602083015290f35b3461026a575f36600319011261026a576001546001600160a01b031633036103fa5760015460a081901c65ffffffffffff16906001600160a01b0316811580156103f0575b6103dd576002546103ca91906103c4906001600160a01b031661104d565b50610fd2565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b50428210156103a6565b636116401160e11b5f523360045260245ffd5b3461026a575f36600319011261026a576020610427610c8a565b65ffffffffffff60405191168152f35b3461026a575f36600319011261026a5760206040515f8152f35b3461026a575f36600319011261026a576002548060d01c90811515806104a9575b1561049f5760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f90610483565b5042821015610472565b3461026a57604036600319011261026a576104cc610c43565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b3461026a575f36600319011261026a576002546040516001600160a01b039091168152602090f35b3461026a57604036600319011261026a5760243567ffffffffffffffff811161026a573660238201121561026a57806004013567ffffffffffffffff811161026a57366024606083028401011161026a57602461031792610582610d12565b01600435610e64565b3461026a57602036600319011261026a576004356105a7610d12565b801561061457805f52600360205260405f208054905f8155816105f2575b827f54859ca7610a60e19e2d06e8e5949757ce2f81ee2e955de40947c214e12f377b60206040515f8152a2005b5f5260205f205f5b82811061060757506105c5565b5f828201556001016105fa565b630667bbd360e51b5f5260045ffd5b3461026a57602036600319011261026a5760043565ffffffffffff81169081810361026a57610650610cc3565b610659426110c1565b9165ffffffffffff610669610c8a565b168082111561076e57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff8262069780806106b6951091180262069780181690610fb4565b906002548060d01c80610712575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b42111561074457600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b83806106c4565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161073d565b0365ffffffffffff81116107a8577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926106b69190610fb4565b634e487b7160e01b5f52601160045260245ffd5b3461026a57602036600319011261026a576004356001600160a01b0381169081900361026a576107ea610cc3565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed66020610827610819426110c1565b610821610c8a565b90610fb4565b600180546001600160d01b03198116861760a084811b65ffffffffffff60a01b1691909117909255901c65ffffffffffff1661086f575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a161085e565b3461026a57604036600319011261026a5760043567ffffffffffffffff811161026a576108c9903690600401610c59565b60243567ffffffffffffffff811161026a576108e9903690600401610c59565b9290916108f4610d12565b838103610976579136819003601e1901905f5b84811015610317578060051b908681101561096257818301358481121561026a5783019182359267ffffffffffffffff841161026a5760200192606081023603841361026a5760019361095c92880135610e64565b01610907565b634e487b7160e01b5f52603260045260245ffd5b8390630a2b7fc360e41b5f5260045260245260445ffd5b3461026a57604036600319011261026a576004356109a9610c43565b811580610a61575b6109de575b336001600160a01b038216036109cf5761031791611083565b63334bd91960e11b5f5260045ffd5b60015465ffffffffffff60a082901c16906001600160a01b031615801590610a51575b8015610a3f575b610a2457506001805465ffffffffffff60a01b191690556109b6565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff82161015610a08565b5065ffffffffffff811615610a01565b506002546001600160a01b038281169116146109b1565b3461026a57604036600319011261026a57600435610a94610c43565b81156103195781610ab661030d610317945f525f602052600160405f20015490565b61100b565b3461026a57602036600319011261026a576020610ae56004355f525f602052600160405f20015490565b604051908152f35b3461026a575f36600319011261026a57610b05610cc3565b6002548060d01c80610b23575b600280546001600160a01b03169055005b421115610b5557600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080610b12565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1610b4e565b3461026a575f36600319011261026a5760206040517feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd9728152f35b3461026a575f36600319011261026a576020604051620697808152f35b3461026a57602036600319011261026a576004359063ffffffff60e01b821680920361026a576020916318a4c3c360e11b8114908115610c18575b5015158152f35b637965db0b60e01b811491508115610c32575b5083610c11565b6301ffc9a760e01b14905083610c2b565b602435906001600160a01b038216820361026a57565b9181601f8401121561026a5782359167ffffffffffffffff831161026a576020808501948460051b01011161026a57565b6002548060d01c8015159081610cb9575b5015610caf5760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f610c9b565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615610cfb57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527fca50ff97b1f9e1e10ad1d233b1743d5e5924665a94fb52ef4016888f50bd40ac602052604090205460ff1615610d4a57565b63e2517d3f60e01b5f52336004527feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97260245260445ffd5b5f8181526020818152604080832033845290915290205460ff1615610da35750565b63e2517d3f60e01b5f523360045260245260445ffd5b356001600160801b03198116810361026a5790565b3563ffffffff8116810361026a5790565b8054821015610962575f5260205f2001905f90565b9190610e5157610e0381610db9565b8254919060801c63ffffffff60801b610e1e60208401610dce565b60801b169163ffffffff60a01b90610e3890604001610dce565b60a01b169267ffffffffffffffff60c01b161717179055565b634e487b7160e01b5f525f60045260245ffd5b90811561061457815f52600360205260405f20938454925f5b85811015610f3657606081028401906001600160801b0319610e9e83610db9565b16158015610f0e575b610efc5785811015610ecf57610ec9600192610ec3838b610ddf565b90610df4565b01610e7d565b87546801000000000000000081101561025657600192610ec38285610ef794018c558b610ddf565b610ec9565b63bedb5c1f60e01b5f5260045260245ffd5b50610f1b60408301610dce565b63ffffffff80610f2d60208601610dce565b16911610610ea7565b509392909491505b828111610f7457505060207f54859ca7610a60e19e2d06e8e5949757ce2f81ee2e955de40947c214e12f377b91604051908152a2565b81548015610fa0575f1901610f898184610ddf565b610e51575f9055825580156107a8575f1901610f3e565b634e487b7160e01b5f52603160045260245ffd5b9065ffffffffffff8091169116019065ffffffffffff82116107a857565b600254906001600160a01b038216610319576001600160a01b03199091166001600160a01b03821617600255611008905f6110f0565b90565b90811561101c575b611008916110f0565b600254916001600160a01b038316610319576001600160a01b03199092166001600160a01b03821617600255611013565b60025461100891906001600160a01b0380831691161461106e575b5f611178565b600280546001600160a01b0319169055611068565b90611008918015806110aa575b1561117857600280546001600160a01b0319169055611178565b506002546001600160a01b03838116911614611090565b65ffffffffffff81116110d95765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16611172575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615611172575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea26469706673582212205be06995f7ec41a69992773e839336908c46f1816298d170b105a53241b119f364736f6c63430008250033",
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
// Solidity: constructor(address admin, uint48 adminDelay, address insurer) returns()
func (coverageRegistry *CoverageRegistry) PackConstructor(admin common.Address, adminDelay *big.Int, insurer common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("", admin, adminDelay, insurer)
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

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (coverageRegistry *CoverageRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := coverageRegistry.abi.Pack("acceptDefaultAdminTransfer")
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
func (coverageRegistry *CoverageRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return coverageRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (coverageRegistry *CoverageRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (coverageRegistry *CoverageRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (coverageRegistry *CoverageRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := coverageRegistry.abi.Pack("cancelDefaultAdminTransfer")
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
func (coverageRegistry *CoverageRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return coverageRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (coverageRegistry *CoverageRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := coverageRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (coverageRegistry *CoverageRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return coverageRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
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

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (coverageRegistry *CoverageRegistry) PackDefaultAdmin() []byte {
	enc, err := coverageRegistry.abi.Pack("defaultAdmin")
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
func (coverageRegistry *CoverageRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return coverageRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := coverageRegistry.abi.Unpack("defaultAdmin", data)
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
func (coverageRegistry *CoverageRegistry) PackDefaultAdminDelay() []byte {
	enc, err := coverageRegistry.abi.Pack("defaultAdminDelay")
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
func (coverageRegistry *CoverageRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return coverageRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := coverageRegistry.abi.Unpack("defaultAdminDelay", data)
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
func (coverageRegistry *CoverageRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := coverageRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (coverageRegistry *CoverageRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return coverageRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := coverageRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
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

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (coverageRegistry *CoverageRegistry) PackOwner() []byte {
	enc, err := coverageRegistry.abi.Pack("owner")
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
func (coverageRegistry *CoverageRegistry) TryPackOwner() ([]byte, error) {
	return coverageRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (coverageRegistry *CoverageRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := coverageRegistry.abi.Unpack("owner", data)
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
func (coverageRegistry *CoverageRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := coverageRegistry.abi.Pack("pendingDefaultAdmin")
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
func (coverageRegistry *CoverageRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return coverageRegistry.abi.Pack("pendingDefaultAdmin")
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
func (coverageRegistry *CoverageRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := coverageRegistry.abi.Unpack("pendingDefaultAdmin", data)
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
func (coverageRegistry *CoverageRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := coverageRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (coverageRegistry *CoverageRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return coverageRegistry.abi.Pack("pendingDefaultAdminDelay")
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
func (coverageRegistry *CoverageRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := coverageRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (coverageRegistry *CoverageRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := coverageRegistry.abi.Pack("renounceRole", role, account)
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
func (coverageRegistry *CoverageRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return coverageRegistry.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (coverageRegistry *CoverageRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := coverageRegistry.abi.Pack("rollbackDefaultAdminDelay")
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
func (coverageRegistry *CoverageRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return coverageRegistry.abi.Pack("rollbackDefaultAdminDelay")
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

// CoverageRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the CoverageRegistry contract.
type CoverageRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return CoverageRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*CoverageRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryDefaultAdminDelayChangeCanceled)
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

// CoverageRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the CoverageRegistry contract.
type CoverageRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return CoverageRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*CoverageRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryDefaultAdminDelayChangeScheduled)
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

// CoverageRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the CoverageRegistry contract.
type CoverageRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return CoverageRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*CoverageRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryDefaultAdminTransferCanceled)
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

// CoverageRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the CoverageRegistry contract.
type CoverageRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const CoverageRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (CoverageRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return CoverageRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (coverageRegistry *CoverageRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*CoverageRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != coverageRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CoverageRegistryDefaultAdminTransferScheduled)
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
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
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
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["SpanLengthMismatch"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackSpanLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], coverageRegistry.abi.Errors["ZeroInsurer"].ID.Bytes()[:4]) {
		return coverageRegistry.UnpackZeroInsurerError(raw[4:])
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

// CoverageRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the CoverageRegistry contract.
type CoverageRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func CoverageRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (coverageRegistry *CoverageRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*CoverageRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(CoverageRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the CoverageRegistry contract.
type CoverageRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func CoverageRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (coverageRegistry *CoverageRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*CoverageRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(CoverageRegistryAccessControlEnforcedDefaultAdminRules)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the CoverageRegistry contract.
type CoverageRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func CoverageRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (coverageRegistry *CoverageRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*CoverageRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(CoverageRegistryAccessControlInvalidDefaultAdmin)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// CoverageRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the CoverageRegistry contract.
type CoverageRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func CoverageRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (coverageRegistry *CoverageRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*CoverageRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(CoverageRegistrySafeCastOverflowedUintDowncast)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistrySpanLengthMismatch represents a SpanLengthMismatch error raised by the CoverageRegistry contract.
type CoverageRegistrySpanLengthMismatch struct {
	MemberKeys *big.Int
	SpanLists  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SpanLengthMismatch(uint256 memberKeys, uint256 spanLists)
func CoverageRegistrySpanLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xa2b7fc30a21fa7ab88450899b8a192dccd1fdfa5e91d0fc6e084033313753dc9")
}

// UnpackSpanLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SpanLengthMismatch(uint256 memberKeys, uint256 spanLists)
func (coverageRegistry *CoverageRegistry) UnpackSpanLengthMismatchError(raw []byte) (*CoverageRegistrySpanLengthMismatch, error) {
	out := new(CoverageRegistrySpanLengthMismatch)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "SpanLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CoverageRegistryZeroInsurer represents a ZeroInsurer error raised by the CoverageRegistry contract.
type CoverageRegistryZeroInsurer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroInsurer()
func CoverageRegistryZeroInsurerErrorID() common.Hash {
	return common.HexToHash("0x65de73eaae5618a980f11a380cc4cdd8b57b59f62a4fc93a6d17a0f31a1f1cbd")
}

// UnpackZeroInsurerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroInsurer()
func (coverageRegistry *CoverageRegistry) UnpackZeroInsurerError(raw []byte) (*CoverageRegistryZeroInsurer, error) {
	out := new(CoverageRegistryZeroInsurer)
	if err := coverageRegistry.abi.UnpackIntoInterface(out, "ZeroInsurer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
