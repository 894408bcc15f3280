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

// ClaimSettlementBatchHeader is an auto generated low-level Go binding around an user-defined struct.
type ClaimSettlementBatchHeader struct {
	Partition     uint32
	FromOffset    uint64
	ToOffset      uint64
	MerkleRoot    [32]byte
	PolicyHash    [32]byte
	ClaimCount    uint32
	CreditsDigest [32]byte
}

// ClaimSettlementLeaf is an auto generated low-level Go binding around an user-defined struct.
type ClaimSettlementLeaf struct {
	ClaimKey     [32]byte
	Partition    uint32
	Offset       uint64
	ProviderKey  [32]byte
	Cents        *big.Int
	Outcome      uint8
	RecordDigest [32]byte
}

// ClaimSettlementReversal is an auto generated low-level Go binding around an user-defined struct.
type ClaimSettlementReversal struct {
	Leaf        [32]byte
	ProviderKey [32]byte
	ClaimKey    [32]byte
	Cents       *big.Int
	Pended      bool
}

// ClaimSettlementRoles is an auto generated low-level Go binding around an user-defined struct.
type ClaimSettlementRoles struct {
	Adjudicator  common.Address
	Insurer      common.Address
	FraudAnalyst common.Address
	Guardian     common.Address
}

// ClaimSettlementSettings is an auto generated low-level Go binding around an user-defined struct.
type ClaimSettlementSettings struct {
	ChallengeWindow       uint64
	MaxBatchOffsets       uint64
	MaxBatchCents         *big.Int
	WindowCapCents        *big.Int
	CapWindow             *big.Int
	EscrowWithdrawalDelay *big.Int
}

// ClaimSettlementMetaData contains all meta data concerning the ClaimSettlement contract.
var ClaimSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"settlementToken\",\"type\":\"address\"},{\"internalType\":\"contractIProviderPayouts\",\"name\":\"providerRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"adjudicator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"fraudAnalyst\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"internalType\":\"structClaimSettlement.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBatchOffsets\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"maxBatchCents\",\"type\":\"uint96\"},{\"internalType\":\"uint80\",\"name\":\"windowCapCents\",\"type\":\"uint80\"},{\"internalType\":\"uint48\",\"name\":\"capWindow\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"escrowWithdrawalDelay\",\"type\":\"uint48\"}],\"internalType\":\"structClaimSettlement.Settings\",\"name\":\"settings\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"AlreadyReversed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"BatchCapExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"BatchHeaderMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"BatchIsFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"enumClaimSettlement.BatchStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"BatchNotFreezable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"BatchNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"BatchRangeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"closesAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"enumClaimSettlement.Resolution\",\"name\":\"resolution\",\"type\":\"uint8\"}],\"name\":\"ClaimAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"offsets\",\"type\":\"uint64\"}],\"name\":\"ClaimCountExceedsRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"ClaimNotPended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"ClaimVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"providerKeys\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"CreditLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"CreditsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyMerkleRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"readyAt\",\"type\":\"uint48\"}],\"name\":\"EscrowWithdrawalNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidMerkleProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"InvalidSetting\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoEscrowWithdrawal\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"OffsetMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"PayoutNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"held\",\"type\":\"uint256\"}],\"name\":\"ResolutionExceedsHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"}],\"name\":\"ReversalTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"UnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"UnsortedCredits\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"WindowCapExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroCreditKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroReversalKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroReversalLeaf\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalFrozen\",\"type\":\"uint256\"}],\"name\":\"BatchFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalReleased\",\"type\":\"uint256\"}],\"name\":\"BatchReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalCredited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"creditsDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"providerKeys\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"BatchSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previousWindow\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newWindow\",\"type\":\"uint64\"}],\"name\":\"ChallengeWindowChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"ClaimPended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"noteHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"analyst\",\"type\":\"address\"}],\"name\":\"ClaimResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"pended\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"voided\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recovered\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"}],\"name\":\"CreditReversed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"DebtRecovered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawalCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"previousDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"EscrowWithdrawalDelayChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"readyAt\",\"type\":\"uint48\"}],\"name\":\"EscrowWithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscrowWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previousMax\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"newMax\",\"type\":\"uint64\"}],\"name\":\"MaxBatchOffsetsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"maxBatchCents\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint80\",\"name\":\"windowCapCents\",\"type\":\"uint80\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"capWindow\",\"type\":\"uint48\"}],\"name\":\"PayoutCapsChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payout\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ProviderWithdrew\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ADJUDICATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FRAUD_ANALYST_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"INSURER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DELAY\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OUTCOME_PEND\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"pending\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"creditsDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"}],\"name\":\"batchCommitment\",\"outputs\":[{\"internalType\":\"bytes28\",\"name\":\"\",\"type\":\"bytes28\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"name\":\"batchInfo\",\"outputs\":[{\"internalType\":\"bytes28\",\"name\":\"commitment\",\"type\":\"bytes28\"},{\"internalType\":\"uint32\",\"name\":\"epoch\",\"type\":\"uint32\"},{\"internalType\":\"enumClaimSettlement.BatchStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"windowClosesAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelEscrowWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowWithdrawal\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"readyAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"delay\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"executeEscrowWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"creditsDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"providerKeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"freezeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"isReversed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"recordDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"limits\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxBatchOffsets\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"maxBatchCents\",\"type\":\"uint96\"},{\"internalType\":\"uint256\",\"name\":\"windowCapCents\",\"type\":\"uint256\"},{\"internalType\":\"uint48\",\"name\":\"capWindow\",\"type\":\"uint48\"},{\"internalType\":\"uint256\",\"name\":\"windowCapAvailable\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"}],\"name\":\"nextOffset\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outstanding\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"owedBy\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providers\",\"outputs\":[{\"internalType\":\"contractIProviderPayouts\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"creditsDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"providerKeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"releaseBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestEscrowWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"resolutionOf\",\"outputs\":[{\"internalType\":\"enumClaimSettlement.Resolution\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"creditsDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.BatchHeader\",\"name\":\"header\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"offset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"recordDigest\",\"type\":\"bytes32\"}],\"internalType\":\"structClaimSettlement.Leaf\",\"name\":\"leaf\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bool\",\"name\":\"approve\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"noteHash\",\"type\":\"bytes32\"}],\"name\":\"resolvePended\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"cents\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"pended\",\"type\":\"bool\"}],\"internalType\":\"structClaimSettlement.Reversal[]\",\"name\":\"reversals\",\"type\":\"tuple[]\"}],\"name\":\"reverseCredits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"window\",\"type\":\"uint64\"}],\"name\":\"setChallengeWindow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"delay\",\"type\":\"uint48\"}],\"name\":\"setEscrowWithdrawalDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"maxOffsets\",\"type\":\"uint64\"}],\"name\":\"setMaxBatchOffsets\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"maxBatchCents\",\"type\":\"uint96\"},{\"internalType\":\"uint80\",\"name\":\"windowCapCents\",\"type\":\"uint80\"},{\"internalType\":\"uint48\",\"name\":\"capWindow\",\"type\":\"uint48\"}],\"name\":\"setPayoutCaps\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"partition\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"fromOffset\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toOffset\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"policyHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"claimCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32[]\",\"name\":\"providerKeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"pendedClaims\",\"type\":\"bytes32[]\"}],\"name\":\"settleBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"batchId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unallocatedEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"providerKey\",\"type\":\"bytes32\"}],\"name\":\"withdrawnBy\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ClaimSettlement",
	Bin: "0x60c0604052346107c857604051614b8b38819003601f8101601f191683016001600160401b038111848210176107cc57839282916040528339810103906101c082126107c85780516001600160a01b03811691908281036107c85760208201516001600160a01b038116908181036107c85761007d604085016107ff565b9261008a60608601610813565b966080607f198201126107c857604051608081016001600160401b038111828210176107cc576040526100bf608088016107ff565b81526100cd60a088016107ff565b93602082019485526100e160c089016107ff565b906040830191825260c06100f760e08b016107ff565b606085019081529460ff1901126107c8576040519560c087016001600160401b038111888210176107cc576040526101326101008b01610826565b87526101416101208b01610826565b602088019081526101408b01519b9098906001600160601b038d168d036107c857604089019c8d526101608c01519d6001600160501b038f168f90036107c85760608a019e8f526101956101808e01610813565b9c60808b019d8e526101a0016101aa90610813565b60a08b019081529b6001600160a01b038116156107b557600180546001600160d01b031660d09390931b6001600160d01b031916929092179091556101ee9061083a565b50159081156107ac575b50801561079a575b8015610788575b8015610776575b8015610764575b6107555761023d61025d9461024d9361026d9860805260a05260018060a01b03905116610882565b50516001600160a01b03166108ac565b50516001600160a01b03166108d6565b50516001600160a01b0316610900565b50426001600160401b031690600160406102856107e0565b848152600260208201520152600480546001600160401b0319166001600160401b03841617905560048054600160401b600160c01b031916700100000000000000020000000000000000179055516001600160401b03811680158015610748575b610710577fa8f75854b1474ce9dbfa64e1be30d55ba643baab811a64dd7a018aa47b736d00816001600160401b03604061031e61092a565b0151604080516001600160401b039390921683168252929091166020820152a161034661092a565b602081015181516001600160401b039182169592911642908103919082116106e857604001516001600160401b03169081156106fc570484018094116106e8576103c69160406103946107e0565b83815263ffffffff871660208201520152600480546001600160401b0319166001600160401b03909216919091179055565b60048054600160401b600160c01b03191660409390931b6bffffffff0000000000000000169290921760809190911b600160801b600160c01b0316179055516001600160401b031680156106b057600654604080516001600160401b038084168252841660208201529195917f1f0641190014cbb7e2e105a579225f9c9c5305073c66fe9ce3be66d3cfcc3a949190a1519451925192946001600160601b03811665ffffffffffff85166001600160501b038816821561067a5780156106435781156106115760078054600160801b600160d01b03191660809a909a1b600160801b600160d01b031699909917909855604080519283526020830198909852818801526001600160d01b03199095169091179460a09390931b65ffffffffffff60a01b1693921b600160401b600160a01b0316917f5260625759c7229cfc8c5a3309b11f7f844af26496a5bb360838e1355537f40b90606090a15165ffffffffffff81166312cc030081116105cb5760407f824bac620764bc3725a48ef8302a32fc8f0ea800fe6d57a24a8305690709553e91815190868887171760d01c82526020820152a16001600160d01b0393909316171760d09190911b6001600160d01b031916176006556040516141a690816109e582396080518181816102ba015281816107c10152818161137a0152612ce0015260a05181818161030201526111f20152f35b60405163050c815d60e51b815260206004820152601560248201527f657363726f775769746864726177616c44656c617900000000000000000000006044820152606490fd5b60405163050c815d60e51b815260206004820152600960248201526863617057696e646f7760b81b6044820152606490fd5b60405163050c815d60e51b815260206004820152600e60248201526d77696e646f7743617043656e747360901b6044820152606490fd5b60405163050c815d60e51b815260206004820152600d60248201526c6d6178426174636843656e747360981b6044820152606490fd5b60405163050c815d60e51b815260206004820152600f60248201526e6d617842617463684f66667365747360881b6044820152606490fd5b634e487b7160e01b5f52601160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b60405163050c815d60e51b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b506312cc030081116102e6565b63d92e233d60e01b5f5260045ffd5b5084516001600160a01b031615610215565b5082516001600160a01b03161561020e565b5080516001600160a01b031615610207565b5083516001600160a01b031615610200565b9050155f6101f8565b636116401160e11b5f525f60045260245ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60405190606082016001600160401b038111838210176107cc57604052565b51906001600160a01b03821682036107c857565b519065ffffffffffff821682036107c857565b51906001600160401b03821682036107c857565b600254906001600160a01b038216610873576001600160a01b03199091166001600160a01b03821617600255610870905f61095c565b90565b631fe1e13d60e11b5f5260045ffd5b610870907f5ad6c1ce52091d5f5a49dff6df7d4bf577735e77d8c13251e1ea9c82ce8c380d61095c565b610870907feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97261095c565b610870907f38c45169c4754c04fc4d4dcfa54309c5e8871ed1e108977daec85dc17839467f61095c565b610870907f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161095c565b6109326107e0565b6004546001600160401b038082168352604082811c8216602085015260809290921c169082015290565b5f818152602081815260408083206001600160a01b038616845290915290205460ff166109de575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a71461325757508063022d63fb1461323a57806304feb2701461309a578063056c99891461306057806306f130561461303b57806307345d8e14612f8c5780630aa6220b14612efa578063132a511114612d435780631ba9fda014612c1257806322d533fa146129fc5780632309de9814612996578063248a9ca31461296c57806324ea54f4146129325780632f2ff15d146128ef57806331166ff21461253a57806336568abe1461244f5780633f4ba83a146123e95780634125ff90146123cb57806342e0f1081461238d5780635b771864146123385780635c975abb146123165780636123940b14612254578063634e93da14612178578063649a5ec714611ff55780636c7f154214611e705780637667180814611e48578063793f7c6414611e16578063815bda4714611dca5780638234b9cd14611d9d5780638456cb5914611d4457806384ef8ffc14611c87578063860aefcf14611caf5780638da5cb5b14611c875780638de1f8eb146114935780638e19899e146111b957806391d148541461117157806391d2a2421461114f578063a1eda53c146110ed578063a217fddf146110d3578063a3d9dabf146110a9578063acef5a0514610fd0578063aebd921a14610f12578063b0796a3f146109a0578063c05c17c7146108ca578063c4d8c685146108af578063ca1d209d14610766578063cc8463c81461073c578063cefc142914610690578063cf6eefb714610657578063d547741f146105fe578063d602b9fd1461059d578063da75c01e1461043e578063dde6bc9a146103f4578063e11e1b0c146103ce578063e50d33e3146103a5578063f48e7f9b1461036b578063f538f7dd14610331578063f8401fe6146102ed5763fc0c546a146102a5575f80fd5b346102e9575f3660031901126102e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346102e9575f3660031901126102e9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102e9575f3660031901126102e95760206040517f5ad6c1ce52091d5f5a49dff6df7d4bf577735e77d8c13251e1ea9c82ce8c380d8152f35b346102e9575f3660031901126102e95760206040517f38c45169c4754c04fc4d4dcfa54309c5e8871ed1e108977daec85dc17839467f8152f35b346102e9575f3660031901126102e95760206001600160601b0360055460301c16604051908152f35b346102e9575f3660031901126102e95760206001600160801b0360075416604051908152f35b346102e95760203660031901126102e9576004355f52600f60205260ff60405f205416604051600482101561042a576020918152f35b634e487b7160e01b5f52602160045260245ffd5b346102e95760203660031901126102e9576104576133a9565b61045f6137b7565b6001600160401b0381169081158015610590575b610558577fa8f75854b1474ce9dbfa64e1be30d55ba643baab811a64dd7a018aa47b736d00816001600160401b0360406104ab613bc7565b0151604080516001600160401b039390921683168252929091166020820152a16001600160401b0342166104dd613c18565b92604080516104eb81613444565b83815263ffffffff8616602082015201526001600160401b031960045416176004556bffffffff0000000000000000600454916001600160401b0360801b9060801b169260401b169077ffffffffffffffffffffffffffffffff0000000000000000191617176004555f80f35b60405163050c815d60e51b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b6044820152606490fd5b506312cc03008211610473565b346102e9575f3660031901126102e9576105b56137b7565b600180546001600160d01b0319811690915560a01c65ffffffffffff166105d857005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a1005b346102e95760403660031901126102e95760043561061a61336f565b8115610648578161064161063c610646945f525f602052600160405f20015490565b613953565b614001565b005b631fe1e13d60e11b5f5260045ffd5b346102e9575f3660031901126102e957600154604080516001600160a01b038316815260a09290921c65ffffffffffff16602083015290f35b346102e9575f3660031901126102e9576001546001600160a01b031633036107295760015460a081901c65ffffffffffff16906001600160a01b03168115801561071f575b61070c576002546106f991906106f3906001600160a01b0316613fcb565b50613f53565b50600180546001600160d01b0319169055005b506319ca5ebb60e01b5f5260045260245ffd5b50428210156106d5565b636116401160e11b5f523360045260245ffd5b346102e9575f3660031901126102e957602061075661377e565b65ffffffffffff60405191168152f35b346102e95760203660031901126102e957600435610782613806565b80156108a0576001600160801b038111610889576007546001600160801b036107af818416828416613404565b16906001600160801b031916176007557f000000000000000000000000000000000000000000000000000000000000000090604051916323b872dd60e01b5f5233600452306024528160445260205f60648180855af160015f511481161561086a575b836040525f6060521561084a575081527f511c3b325f63024e6754176648b89f4bab878b1712366d9bf3729c501dcbad7960203392a2005b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600181151661088057813b15153d151616610812565b833d5f823e3d90fd5b6306dfcc6560e41b5f52608060045260245260445ffd5b631f2a200560e01b5f5260045ffd5b346102e9575f3660031901126102e957602060405160048152f35b346102e95760203660031901126102e9576108e361335a565b6108eb6137b7565b6312cc030065ffffffffffff821611610962576006546040805160d083901c815265ffffffffffff841660208201529192917f824bac620764bc3725a48ef8302a32fc8f0ea800fe6d57a24a8305690709553e9190a16001600160d01b0390911660d09190911b6001600160d01b03191617600655005b60405163050c815d60e51b8152602060048201526015602482015274657363726f775769746864726177616c44656c617960581b6044820152606490fd5b346102e9576102603660031901126102e95760043560e03660231901126102e95760e0366101031901126102e9576101e4356001600160401b0381116102e9576109ee9036906004016132c4565b9061020435801515918282036102e957335f9081527fe3b916b465ffefb95fd0ec2f9e612f7e2f2968cd3130a4b7e58f956654d1fb59602052604090205461022435929060ff1615610edb57610a42613b4b565b610a4a61398b565b50855f52600b60205260405f2060405190610a648261348e565b549063ffffffff198260201b16808252602082019260e01c835215610ec857610a96610a913660246134e5565b613ac8565b905163ffffffff19908116911603610eb557865f52600c60205260ff60405f205416600381101561042a57600114610ea257610ad0613c18565b63ffffffff80610ae2818551166135b1565b16911610610e7357506101a4359060ff8216928383036102e95760048403610e5d5761010435966101243563ffffffff81168091036102e957610144356001600160401b0381168091036102e95761016493929335966101843596506040519160208301934685523060408501528c6060850152608084015260a08301528760c08301528660e08301526101008201526101c4356101208201526101208152610b8d610140826134c4565b5190206040516020810191825260208152610ba96040826134c4565b5190209182915f915b808310610e1f5750505060843503610e0c575f52600f60205260405f2091825460ff81169060048210908115908161042a5760038414908115610dea575b50610dd75761042a5781610dbb5750508115610db3578085115b610d99575015610d8f57610c2060015b826135f6565b5f9280610c71575b50509160a0917eedb697ce172847a88285d385c3b6580cab6e20b3f5a150d4d1283e7654de0e9360405192835260208301526040820152610244356060820152336080820152a3005b9092506001600160601b038111610d78576001600160601b031691610c94613a92565b808411610d62575080546dffffffffffffffffffffffff00001916601084901b6dffffffffffffffffffffffff0000161790557eedb697ce172847a88285d385c3b6580cab6e20b3f5a150d4d1283e7654de0e9260a0929091805f52600e60205260405f206001600160801b03610d0e8482845416613404565b166001600160801b0319825416179055600554600160301b600160901b03610d42846001600160601b038460301c16613424565b60301b1690600160301b600160901b031916176005559193819350610c28565b8363180e21d960e31b5f5260045260245260445ffd5b6306dfcc6560e41b5f52606060045260245260445ffd5b610c206002610c1a565b8487630bffa3dd60e21b5f5260045260245260445260645ffd5b841515610c0a565b636d7649e560e11b5f5260048990521561042a5760245260445ffd5b8963483d393f60e11b5f5260045260245ffd5b5f92508415915081610dfe575b508c610bf0565b60ff915060081c168c610df7565b86630ee30f2b60e21b5f5260045260245ffd5b909192610e2d8483856133d3565b359081811015610e4c575f52602052600160405f205b93019190610bb2565b905f52602052600160405f20610e43565b633803b38960e11b5f526101043560045260245ffd5b610e8c610e8763ffffffff899351166135b1565b613c78565b9063076f615b60e41b5f5260045260245260445ffd5b86632da5937160e01b5f5260045260245ffd5b8663e3b36f2f60e01b5f5260045260245ffd5b876321c9773560e11b5f5260045260245ffd5b63e2517d3f60e01b5f52336004527f38c45169c4754c04fc4d4dcfa54309c5e8871ed1e108977daec85dc17839467f60245260445ffd5b346102e95760203660031901126102e957610f2b6133a9565b610f336137b7565b6001600160401b038116908115610f9857600654604080516001600160401b03808416825293909316602084015290917f1f0641190014cbb7e2e105a579225f9c9c5305073c66fe9ce3be66d3cfcc3a949190a167ffffffffffffffff191617600655005b60405163050c815d60e51b815260206004820152600f60248201526e6d617842617463684f66667365747360881b6044820152606490fd5b346102e95760203660031901126102e957600435610fec613806565b80156108a05761100960065460d01c65ffffffffffff4216613760565b6040519061101682613444565b33825282604065ffffffffffff8316938460208201520152336001600160601b0360a01b60085416176008556008549065ffffffffffff60a01b9065ffffffffffff60a01b9060a01b16169065ffffffffffff60a01b1916176008558160095560405191825260208201527fa6d9ed6df0b5564fe8a093a593f545bf8404242736c7eac6fe66623a2b8813a960403392a2005b346102e95760203660031901126102e9576004355f526010602052602060405f2054604051908152f35b346102e9575f3660031901126102e95760206040515f8152f35b346102e9575f3660031901126102e9576002548060d01c9081151580611145575b1561113b5760a01c65ffffffffffff165b6040805165ffffffffffff928316815292909116602083015290f35b50505f5f9061111f565b504282101561110e565b346102e9575f3660031901126102e9576020611169613a92565b604051908152f35b346102e95760403660031901126102e95761118a61336f565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346102e95760203660031901126102e9576004356111d5613b4b565b6040516361517ef160e11b815260048101829052906020826024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa918215611488575f92611444575b506001600160a01b03821680156114315761124482613d4b565b809391931561141e576020948194835f526010875260405f2054806113a6575b50906001600160801b03878793015116926112896001600160801b0384168095613404565b604051906112968261348e565b5f8083526001600160801b039182168b8401908152888252600e8c5260409091209251905160801b6001600160801b031916911617905560055490600160301b600160901b03906112f8906001600160601b0390811690603085901c166135c9565b60301b1690600160301b600160901b031916176005558161134d575b5050507f24ef0173e6512518deabd252c682c79eb7e81e0d3c470fa3135a8ab74062c29d604080518581523387820152a3604051908152f35b61139e926001600160801b0361136860075492828416613591565b16906001600160801b031916176007557f0000000000000000000000000000000000000000000000000000000000000000613b66565b848381611314565b9190878097506001600160801b03918585105f14611413576113c8858061360e565b875f526010835260405f2055867fbc279f7784b14111fea2b4f012ac549a69da6dff781abefe89c57fd616e90548611400878961360e565b9a8b97604051908152a292935050611264565b6113c886809661360e565b50633f7f9c6560e11b5f5260045260245ffd5b5063246b492360e21b5f5260045260245ffd5b9091506020813d602011611480575b81611460602093836134c4565b810103126102e957516001600160a01b03811681036102e957908261122a565b3d9150611453565b6040513d5f823e3d90fd5b346102e9576101203660031901126102e9576114ad613385565b602435906001600160401b0382168092036102e957604435916001600160401b0383168093036102e95760a4359263ffffffff84168094036102e95760c4356001600160401b0381116102e9576115089036906004016132c4565b929060e4356001600160401b0381116102e9576115299036906004016132c4565b61010493919335956001600160401b0387116102e95761155263ffffffff9736906004016132c4565b97909861155d6138e4565b611565613b4b565b1692835f52600a6020526001600160401b0360405f205416808203611c6e575080871115611c5f5761159561368d565b938188036001600160401b038111611a48576001600160401b0380875116911690808211611c495750808c11611c34575060643515611c25575f94838503611c0d575f5f5b858110611b745750506115eb6136d7565b9086611a5c575b5083611612611626896116188c8a60405195869460208601988991613721565b91613721565b03601f1981018352826134c4565b51902098611632613c18565b9965ffffffffffff8351169765ffffffffffff8914611a48579d976001909b999b0165ffffffffffff169d838f809552602081016001600160601b03831681516001600160601b03169061168591613424565b6001600160601b0381169091528151604080840151606090940151600160301b600160901b0360309490941b9390931665ffffffffffff9092169190911760909390931b69ffffffffffffffffffff60901b169290921760e09190911b6001600160e01b031916176005555f868152600a602052819020805467ffffffffffffffff19168517905551611717816134a9565b858152866020820152836040820152606435606082015260843560808201528960a08201528260c082015261174b90613ac8565b98604051996117598b61348e565b63ffffffff19168a5263ffffffff8b166020808c018281525f888152600b8352604090209c51905160e01b6001600160e01b031916911c17909a55604051938452606435602085015260843560408501526060840152608083015260a08201528660c082015260e0810161012090528061012081016117d990878d61373c565b8181036101008301526117ed90888c61373c565b037f774340b4d047b49fec877ff10a411c026b7932fe9974a44e5f39170a8f95954491a45f9360011615935b818110611871578989895f5b81811061183757602084604051908152f35b8061184560019284866133d3565b35857f27903850eea1a12c55cfb4f4564342d9ec19c2d6c65887b645a0361b55447d125f80a301611825565b806119908763ffffffff886119706001600160601b036118a1878f61189a60019b8d8f936133d3565b35976133d3565b35855f52600d6020528b60405f209683604051986118be8a613473565b54938185168a5260208a0193898660601c168552828660801c16818c60606040820199848b5260e01c91019b818d525f146119e2575086518c16141590506119965750816119109116828b5116613424565b1688525b5f908152600d602052604090209651875491519251600160801b600160e01b0390851660801b16928716606090811b9185169419909216939093179086901b1916919091176bffffffffffffffffffffffff60801b1916178455565b5182546001600160e01b0316911660e01b6001600160e01b031916179055565b01611819565b828b5116806119ab575b508452168852611914565b845f52600e6020526001600160801b036119cc60405f209282845416613404565b166001600160801b03198254161790555f6119a0565b03611a00575050816119f8911682865116613424565b168352611914565b80611a11575b508852168352611914565b845f52600e6020526001600160801b03611a3260405f209282845416613404565b166001600160801b03198254161790555f611a06565b634e487b7160e01b5f52601160045260245ffd5b6001600160601b03602082015116808811611b5e575060405190611a7f8261348e565b611ab86001600160501b036007546001600160801b038116855260801c1665ffffffffffff604060208601948386520151169085613cd7565b91828911611b47576001600160801b039051166001600160601b036020850151168082115f14611b3f57611aeb9161360e565b808911611b29575087611b0c6001600160501b039384611b1194511661360e565b6133f7565b16604082015263ffffffff421660608201528c6115f2565b8863180e21d960e31b5f5260045260245260445ffd5b50505f611aeb565b828963703308c760e01b5f5260045260245260445ffd5b8763794cf0ab60e01b5f5260045260245260445ffd5b9096611b8182878b6133d3565b35978815611bfa578215159081611bef575b50611bdc57611ba382888c6133d3565b3515611bc957611bc1600191611bba848a8e6133d3565b35906133f7565b9791016115da565b506302b6c95560e41b5f5260045260245ffd5b5063cf50ea6160e01b5f5260045260245ffd5b90508811158f611b93565b826345e43b2f60e01b5f5260045260245ffd5b5050506302fb659560e11b5f5260045260245260445ffd5b6385ac2b9960e01b5f5260045ffd5b8b62ea902360e51b5f5260045260245260445ffd5b9063e03886bd60e01b5f5260045260245260445ffd5b63c2e5347d60e01b5f5260045ffd5b84633194f02160e21b5f5260045260245260445260645ffd5b346102e9575f3660031901126102e9576002546040516001600160a01b039091168152602090f35b346102e9575f3660031901126102e95760c0611cc961368d565b6001600160501b0360075460801c166001600160401b0360045460801c16916001600160401b038151169165ffffffffffff60406001600160601b036020850151169301511691611d228383611d1d6136d7565b613cd7565b93604051958652602086015260408501526060840152608083015260a0820152f35b346102e9575f3660031901126102e957611d5c613875565b611d64613b4b565b600160ff1960035416176003557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586020604051338152a1005b346102e95760203660031901126102e9576004355f52600e602052602060405f205460801c604051908152f35b346102e95760203660031901126102e95763ffffffff611deb60043561361b565b91604094919451938219168452166020830152600383101561042a5760809260408301526060820152f35b346102e95760203660031901126102e9576004355f52600f602052602060ff60405f205460081c166040519015158152f35b346102e9575f3660031901126102e9576020611e62613c18565b63ffffffff60405191168152f35b346102e95760203660031901126102e95760405f600435611e8f613c18565b815f52600d602052835f209063ffffffff855192611eac84613473565b54926001600160601b03841681526020810190828560601c168252878101936001600160601b038660801c168552606082019560e01c8652865f52600e60205283611f06816001600160801b038c5f2054169551166135b1565b911693168310611fd75763ffffffff611f2e81936001600160601b03611f37945116906133f7565b955b51166135b1565b1611611fba57906001600160601b03611f52925116906133f7565b905b5f526010602052825f205480611f72575b5082519182526020820152f35b91611f94611fa2928085105f14611fb057611f8e85809261360e565b9461360e565b81811015611fa9579061360e565b9083611f65565b508061360e565b611f8e818061360e565b926001600160601b03611fd19293945116906133f7565b91611f54565b63ffffffff80929597506001600160601b03611f3792511697611f30565b346102e95760203660031901126102e95761200e61335a565b6120166137b7565b61201f4261403f565b9065ffffffffffff61202f61377e565b65ffffffffffff831691168082111561213e57507ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b9265ffffffffffff826206978080612086951091180262069780181690613760565b906002548060d01c806120e2575b5050600280546001600160a01b031660a083901b65ffffffffffff60a01b161760d084901b6001600160d01b0319161790556040805165ffffffffffff9283168152919092166020820152a1005b42111561211457600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8380612094565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a161210d565b0365ffffffffffff8111611a48577ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b926120869190613760565b346102e95760203660031901126102e9576004356001600160a01b038116908190036102e9576121a66137b7565b7f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed660206121e36121d54261403f565b6121dd61377e565b90613760565b600180546001600160d01b03198116861760a084811b65ffffffffffff60a01b1691909117909255901c65ffffffffffff1661222b575b65ffffffffffff60405191168152a2005b7f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a96051095f80a161221a565b346102e95760e03660031901126102e95760243563ffffffff81168091036102e957604435906001600160401b0382168092036102e95760a4359160ff83168084036102e9576020935060405191848301934685523060408501526004356060850152608084015260a083015260643560c083015260843560e083015261010082015260c43561012082015261012081526122f1610140826134c4565b51902060405182810191825282815261230b6040826134c4565b519020604051908152f35b346102e9575f3660031901126102e957602060ff600354166040519015158152f35b346102e9575f3660031901126102e957608061235261355b565b60018060a01b038151169065ffffffffffff602060408301519201511660065460d01c91604051938452602084015260408301526060820152f35b346102e95760203660031901126102e95763ffffffff6123ab613385565b165f52600a60205260206001600160401b0360405f205416604051908152f35b346102e9575f3660031901126102e95760206040516312cc03008152f35b346102e9575f3660031901126102e9576124016137b7565b60035460ff8116156124405760ff19166003557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa6020604051338152a1005b638dfc202b60e01b5f5260045ffd5b346102e95760403660031901126102e95760043561246b61336f565b811580612523575b6124a0575b336001600160a01b038216036124915761064691614001565b63334bd91960e11b5f5260045ffd5b60015465ffffffffffff60a082901c16906001600160a01b031615801590612513575b8015612501575b6124e657506001805465ffffffffffff60a01b19169055612478565b65ffffffffffff906319ca5ebb60e01b5f521660045260245ffd5b504265ffffffffffff821610156124ca565b5065ffffffffffff8116156124c3565b506002546001600160a01b03828116911614612473565b346102e95760203660031901126102e9576004356001600160401b0381116102e957366023820112156102e95780600401356001600160401b0381116102e95736602460a08302840101116102e9576125916138e4565b612599613b4b565b5f905f925b818410156128a05760a084028101936024850135801561288d576044860135801561287a576084870135916001600160601b03831161286357805f52600f60205260405f2097604051986125f18a613444565b5460ff8116600481101561042a578a5260208a019960ff8260081c161515808c526001600160601b03604083019360101c168352612850578a60016126409c525f91879360a486019d8e6135e9565b6127fc575b865f52600f60205260405f20915190600482101561042a576126b0936126736001600160601b0393856135f6565b51835491516dffffffffffffffffffffffffff001990921690151560081b61ff001617911660101b6dffffffffffffffffffffffff000016179055565b5f905f928061271d575b509260a0926064927ff7a997971f50a65f66dce2c5aeb8f400c1dda6d88347a133be3542fcaa94c892956126f260019c9d9e9f6135e9565b6040519a8b52151560208b0152151560408a015260608901526080880152013594a40192919061259e565b60a09350606492506001999a9b7ff7a997971f50a65f66dce2c5aeb8f400c1dda6d88347a133be3542fcaa94c89295926126f26127c4612780611f8e956001600160801b0361276b8e613d4b565b939092848110156127f25780998a809261360e565b1681525f8d8152600e602090815260409091208251919092015160801b6001600160801b0319166001600160801b0391909116179055806127d4575b9480946133f7565b9e9d9c50509295509250926126ba565b8b5f52601060205260405f206127eb8282546133f7565b90556127bc565b84998a809261360e565b93508051600481101561042a5715612843575b8051600481101561042a57600103612835576001600160601b03808551165b1693612645565b6001600160601b035f61282e565b600381526001925061280f565b8363f91850d960e01b5f5260045260245ffd5b82846351770f4560e11b5f5260045260245260445ffd5b826326b2d10d60e11b5f5260045260245ffd5b50635e2c9b8960e11b5f5260045260245ffd5b82806128a857005b600160301b600160901b036128d56001600160601b0360055493166001600160601b038460301c166135c9565b60301b1690600160301b600160901b031916176005555f80f35b346102e95760403660031901126102e95760043561290b61336f565b8115610648578161292d61063c610646945f525f602052600160405f20015490565b613f89565b346102e9575f3660031901126102e95760206040517f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50418152f35b346102e95760203660031901126102e95760206111696004355f525f602052600160405f20015490565b346102e9575f3660031901126102e9576129ae613806565b60095480156129ed575f6008555f6009556040519081527fa8efd718e788dc6bb0d7e9418054d4603092f2dd36c391c140fbc8ca41ebf98760203392a2005b634f4ae8df60e01b5f5260045ffd5b346102e957612a0a366132f4565b612a15959495613875565b612a1f86866139a3565b95855f52600c60205260ff60405f205416600381101561042a5780612bfc57506020612a49613c18565b97019663ffffffff80612a5e818b51166135b1565b1691161015612bd25791612a79828286888a99978c9b613a30565b845f52600c60205260405f20600160ff198254161790556001805f97511614915f945b808610612b16578787600554600160301b600160901b03612ad26001600160601b0385166001600160601b038460301c166135c9565b60301b1690600160301b600160901b031916176005556040519182527ffe508719977832adad8c59038a0a9c3b90363856156863f40a267569cc3fd84d60203393a3005b909192939496612b9c600191612b2d8a858a6133d3565b355f52600d60205260405f20906001600160601b03612b4d8c888a6133d3565b3516918815612ba85780612b71846001600160601b03611b0c945460801c166135c9565b81546bffffffffffffffffffffffff60801b191660809190911b600160801b600160e01b0316179055565b97019493929190612a9c565b6001600160601b03612bbd84828454166135c9565b166001600160601b03198254161790556133f7565b85612be6610e8763ffffffff8a51166135b1565b906348c3f48160e11b5f5260045260245260445ffd5b86632db7b3ed60e01b5f5260045260245260445ffd5b346102e9575f3660031901126102e957612c2a613806565b612c32613b4b565b612c3a61355b565b60408101908151156129ed5765ffffffffffff602082015116804210612d315750612c63613a92565b8251818111612d1c57837f67ba03b899c1b0009c08c2717653a5a03a8730cc17a1a8c0c57b4728991672f36020855f6008555f6009556001600160801b038451166001600160801b03612cbb60075492828416613591565b6001600160801b031990921691161760075580518451612d04916001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000613b66565b5192516040519081526001600160a01b0390931692a2005b63180e21d960e31b5f5260045260245260445ffd5b638d3aa06d60e01b5f5260045260245ffd5b346102e95760603660031901126102e9576004356001600160601b0381168082036102e957602435906001600160501b038216918281036102e9576044359265ffffffffffff8416918285036102e957612d9b613806565b8315612ec4578115612e8d578215612e5b577f5260625759c7229cfc8c5a3309b11f7f844af26496a5bb360838e1355537f40b9560609573ffffffffffffffffffffffff00000000000000006006549165ffffffffffff60a01b9060a01b169260401b169079ffffffffffffffffffffffffffffffffffff000000000000000019161717600655600754906001600160501b0360801b9060801b16906001600160501b0360801b19161760075560405192835260208301526040820152a1005b60405163050c815d60e51b815260206004820152600960248201526863617057696e646f7760b81b6044820152606490fd5b60405163050c815d60e51b815260206004820152600e60248201526d77696e646f7743617043656e747360901b6044820152606490fd5b60405163050c815d60e51b815260206004820152600d60248201526c6d6178426174636843656e747360981b6044820152606490fd5b346102e9575f3660031901126102e957612f126137b7565b6002548060d01c80612f30575b600280546001600160a01b03169055005b421115612f6257600180546001600160d01b031660309290921b6001600160d01b0319169190911790555b8080612f1f565b507f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec55f80a1612f5b565b346102e957366003190160e081126102e95760e0136102e957604051612fb1816134a9565b60043563ffffffff811681036102e95781526024356001600160401b03811681036102e95760208201526044356001600160401b03811681036102e95760408201526064356060820152608435608082015260a43563ffffffff811681036102e9578161302c9160a0602094015260c43560c0820152613ac8565b6040519063ffffffff19168152f35b346102e9575f3660031901126102e957602065ffffffffffff60055416604051908152f35b346102e9575f3660031901126102e95760206040517feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd9728152f35b346102e9576130a8366132f4565b94936130b6939291936137b7565b6130c081866139a3565b50845f52600c60205260ff60405f205416600381101561042a5760010361322757858483856130ef9489613a30565b5f945f5b81811061320e5750613103613a92565b8087116131f857505f858152600c60205260408120805460ff191660021790555b82811061319e578686600554600160301b600160901b0361315a6001600160601b0385166001600160601b038460301c16613424565b60301b1690600160301b600160901b031916176005556040519182527fe616e5094b13ffe799c6f8859a23f9a35d6bf154aa9124ea5617d217f108ae4d60203393a3005b806001600160801b036131b460019385896133d3565b35166131c18286886133d3565b355f52600e6020526001600160801b036131e260405f209282845416613404565b166001600160801b031982541617905501613124565b8663180e21d960e31b5f5260045260245260445ffd5b95613220600191611bba8985896133d3565b96016130f3565b84630d027cf360e01b5f5260045260245ffd5b346102e9575f3660031901126102e9576020604051620697808152f35b346102e95760203660031901126102e9576004359063ffffffff60e01b82168092036102e9576020916318a4c3c360e11b8114908115613299575b5015158152f35b637965db0b60e01b8114915081156132b3575b5083613292565b6301ffc9a760e01b149050836132ac565b9181601f840112156102e9578235916001600160401b0383116102e9576020808501948460051b0101116102e957565b6101406003198201126102e9576004359160e06023198301126102e957602491610104356001600160401b0381116102e95781613333916004016132c4565b9290929161012435906001600160401b0382116102e957613356916004016132c4565b9091565b6004359065ffffffffffff821682036102e957565b602435906001600160a01b03821682036102e957565b6004359063ffffffff821682036102e957565b359063ffffffff821682036102e957565b600435906001600160401b03821682036102e957565b35906001600160401b03821682036102e957565b91908110156133e35760051b0190565b634e487b7160e01b5f52603260045260245ffd5b91908201809211611a4857565b906001600160801b03809116911601906001600160801b038211611a4857565b906001600160601b03809116911601906001600160601b038211611a4857565b606081019081106001600160401b0382111761345f57604052565b634e487b7160e01b5f52604160045260245ffd5b608081019081106001600160401b0382111761345f57604052565b604081019081106001600160401b0382111761345f57604052565b60e081019081106001600160401b0382111761345f57604052565b90601f801991011681019081106001600160401b0382111761345f57604052565b91908260e09103126102e9576040516134fd816134a9565b60c080829461350b81613398565b8452613519602082016133bf565b602085015261352a604082016133bf565b6040850152606081013560608501526080810135608085015261354f60a08201613398565b60a08501520135910152565b6040519061356882613444565b6008546001600160a01b038116835260a01c65ffffffffffff1660208301526009546040830152565b906001600160801b03809116911603906001600160801b038211611a4857565b63ffffffff60029116019063ffffffff8211611a4857565b906001600160601b03809116911603906001600160601b038211611a4857565b3580151581036102e95790565b90600481101561042a5760ff80198354169116179055565b91908203918211611a4857565b805f52600b60205260405f2091604051926136358461348e565b5490602063ffffffff1983821b169283865260e01c940192848452821561367f575f52600c602052613678610e8763ffffffff60ff60405f2054169551166135b1565b9193929190565b505f93508392508291508190565b6040519061369a82613473565b8160606006546001600160401b03811683526001600160601b038160401c16602084015265ffffffffffff8160a01c16604084015260d01c910152565b604051906136e482613473565b81606060055465ffffffffffff811683526001600160601b038160301c1660208401526001600160501b038160901c16604084015260e01c910152565b91906001600160fb1b0381116102e95760051b809282370190565b81835290916001600160fb1b0383116102e95760209260051b809284830137010190565b9065ffffffffffff8091169116019065ffffffffffff8211611a4857565b6002548060d01c80151590816137ad575b50156137a35760a01c65ffffffffffff1690565b5060015460d01c90565b905042115f61378f565b335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156137ef57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b335f9081527fca50ff97b1f9e1e10ad1d233b1743d5e5924665a94fb52ef4016888f50bd40ac602052604090205460ff161561383e57565b63e2517d3f60e01b5f52336004527feb0a07781e3ee843c0d85f7381c2e1a1e1a6ea86bcdcd944ef649d46e7dcd97260245260445ffd5b335f9081527f8a40f0b47fdc2a0ce293b772acfc7508c8315a4d462786c1adc3a56f92ca2d05602052604090205460ff16156138ad57565b63e2517d3f60e01b5f52336004527f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504160245260445ffd5b335f9081527f50765645f451ff8e40a6ae00d15041c12bfe3ae6a1227b2832923afa3d8fc27b602052604090205460ff161561391c57565b63e2517d3f60e01b5f52336004527f5ad6c1ce52091d5f5a49dff6df7d4bf577735e77d8c13251e1ea9c82ce8c380d60245260445ffd5b5f8181526020818152604080832033845290915290205460ff16156139755750565b63e2517d3f60e01b5f523360045260245260445ffd5b604051906139988261348e565b5f6020838281520152565b9190916139ae61398b565b50805f52600b60205260405f20604051906139c88261348e565b549363ffffffff198560201b169485835260e01c6020830152819415613a1d57610a916139f69136906134e5565b905163ffffffff19908116911603613a0b5750565b63e3b36f2f60e01b5f5260045260245ffd5b826321c9773560e11b5f5260045260245ffd5b94939093808403613a7c5760c0939261161861161293613a5c9360405195869460208601988991613721565b51902091013503613a6a5750565b631463972560e11b5f5260045260245ffd5b836302fb659560e11b5f5260045260245260445ffd5b6001600160801b03600754166001600160601b0360055460301c168082115f14613ac257613abf9161360e565b90565b50505f90565b6040519060c0602083019163ffffffff81511683526001600160401b0360208201511660408501526001600160401b03604082015116606085015260608101516080850152608081015160a085015263ffffffff60a08201511682850152015160e083015260e08252613b3d610100836134c4565b9051902063ffffffff191690565b60ff60035416613b5757565b63d93c066560e01b5f5260045ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f5114821615613ba6575b6040521561084a5750565b906001811516613bbe57823b15153d15161690613b9b565b503d5f823e3d90fd5b60405190613bd482613444565b8160406001600160401b0360045481811684528181841c16602085015260801c16910152565b8115613c04570490565b634e487b7160e01b5f52601260045260245ffd5b63ffffffff613c61613c28613bc7565b613c5b6001600160401b03602083015116916001600160401b036040613c51828451164261360e565b9201511690613bfa565b906133f7565b1690565b81810292918115918404141715611a4857565b613c80613bc7565b9063ffffffff6001600160401b0360208401511691169080821115613cc857826001600160401b036040613cbe613c5b9483613abf9851169661360e565b9201511690613c65565b5050516001600160401b031690565b90916040613d176001600160501b039265ffffffffffff613d0f85613d0663ffffffff60608a0151164261360e565b98168098613c65565b911690613bfa565b920151169080821115613d4357613d2d9161360e565b818110613d3a5750505f90565b613abf9161360e565b50505f613d2d565b90613d5461398b565b50613d5d613c18565b90825f52600d60205260405f209260405193613d7885613473565b54936001600160601b0385168152602081019463ffffffff8160601c16865260408201906001600160601b038160801c168252606083019060e01c8152835f52600e60205260405f209660405197613dcf8961348e565b54976001600160801b0389169889825260801c60208201529780975f9163ffffffff8451168015159081613f37575b5080613f24575b613efe575b5063ffffffff845116908115159182613edf575b505080613ecc575b613eaa575b613e37575b5050505050565b5f948552600d602052604090942092518354945192516001600160e01b03199095166001600160601b03919091161760609290921b63ffffffff60601b169190911760809390931b600160801b600160e01b0316929092178155613ea09163ffffffff90611970565b5f80808080613e30565b5095613ec1906001600160601b03845116906133f7565b955f83526001613e2b565b506001600160601b038451161515613e26565b63ffffffff919250613ef182916135b1565b9216911611155f80613e1e565b909850613f1791506001600160601b03865116906133f7565b965f85526001905f613e0a565b506001600160601b038751161515613e05565b613f4191506135b1565b63ffffffff808416911611155f613dfe565b600254906001600160a01b038216610648576001600160a01b03199091166001600160a01b03821617600255613abf905f61406e565b908115613f9a575b613abf9161406e565b600254916001600160a01b038316610648576001600160a01b03199092166001600160a01b03821617600255613f91565b600254613abf91906001600160a01b03808316911614613fec575b5f6140f0565b600280546001600160a01b0319169055613fe6565b90613abf91801580614028575b156140f057600280546001600160a01b03191690556140f0565b506002546001600160a01b0383811691161461400e565b65ffffffffffff81116140575765ffffffffffff1690565b6306dfcc6560e41b5f52603060045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16613ac2575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615613ac2575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea26469706673582212202ca1ada28bd2734040d57ea3be21ac666f9cd7206b3f8ff45b7f4da27d2d7d2064736f6c63430008250033",
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
// Solidity: constructor(address settlementToken, address providerRegistry, address admin, uint48 adminDelay, (address,address,address,address) roles, (uint64,uint64,uint96,uint80,uint48,uint48) settings) returns()
func (claimSettlement *ClaimSettlement) PackConstructor(settlementToken common.Address, providerRegistry common.Address, admin common.Address, adminDelay *big.Int, roles ClaimSettlementRoles, settings ClaimSettlementSettings) []byte {
	enc, err := claimSettlement.abi.Pack("", settlementToken, providerRegistry, admin, adminDelay, roles, settings)
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

// PackFRAUDANALYSTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf48e7f9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FRAUD_ANALYST_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackFRAUDANALYSTROLE() []byte {
	enc, err := claimSettlement.abi.Pack("FRAUD_ANALYST_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFRAUDANALYSTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf48e7f9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FRAUD_ANALYST_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackFRAUDANALYSTROLE() ([]byte, error) {
	return claimSettlement.abi.Pack("FRAUD_ANALYST_ROLE")
}

// UnpackFRAUDANALYSTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf48e7f9b.
//
// Solidity: function FRAUD_ANALYST_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackFRAUDANALYSTROLE(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("FRAUD_ANALYST_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackGUARDIANROLE() []byte {
	enc, err := claimSettlement.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackGUARDIANROLE() ([]byte, error) {
	return claimSettlement.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("GUARDIAN_ROLE", data)
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

// PackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DELAY() view returns(uint48)
func (claimSettlement *ClaimSettlement) PackMAXDELAY() []byte {
	enc, err := claimSettlement.abi.Pack("MAX_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4125ff90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DELAY() view returns(uint48)
func (claimSettlement *ClaimSettlement) TryPackMAXDELAY() ([]byte, error) {
	return claimSettlement.abi.Pack("MAX_DELAY")
}

// UnpackMAXDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4125ff90.
//
// Solidity: function MAX_DELAY() view returns(uint48)
func (claimSettlement *ClaimSettlement) UnpackMAXDELAY(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("MAX_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOUTCOMEPEND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d8c685.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTCOME_PEND() view returns(uint8)
func (claimSettlement *ClaimSettlement) PackOUTCOMEPEND() []byte {
	enc, err := claimSettlement.abi.Pack("OUTCOME_PEND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTCOMEPEND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d8c685.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTCOME_PEND() view returns(uint8)
func (claimSettlement *ClaimSettlement) TryPackOUTCOMEPEND() ([]byte, error) {
	return claimSettlement.abi.Pack("OUTCOME_PEND")
}

// UnpackOUTCOMEPEND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4d8c685.
//
// Solidity: function OUTCOME_PEND() view returns(uint8)
func (claimSettlement *ClaimSettlement) UnpackOUTCOMEPEND(data []byte) (uint8, error) {
	out, err := claimSettlement.abi.Unpack("OUTCOME_PEND", data)
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
func (claimSettlement *ClaimSettlement) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := claimSettlement.abi.Pack("acceptDefaultAdminTransfer")
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
func (claimSettlement *ClaimSettlement) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return claimSettlement.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7f1542.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(bytes32 providerKey) view returns(uint256 pending, uint256 withdrawable)
func (claimSettlement *ClaimSettlement) PackBalanceOf(providerKey [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("balanceOf", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c7f1542.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(bytes32 providerKey) view returns(uint256 pending, uint256 withdrawable)
func (claimSettlement *ClaimSettlement) TryPackBalanceOf(providerKey [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("balanceOf", providerKey)
}

// BalanceOfOutput serves as a container for the return parameters of contract
// method BalanceOf.
type BalanceOfOutput struct {
	Pending      *big.Int
	Withdrawable *big.Int
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c7f1542.
//
// Solidity: function balanceOf(bytes32 providerKey) view returns(uint256 pending, uint256 withdrawable)
func (claimSettlement *ClaimSettlement) UnpackBalanceOf(data []byte) (BalanceOfOutput, error) {
	out, err := claimSettlement.abi.Unpack("balanceOf", data)
	outstruct := new(BalanceOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pending = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Withdrawable = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07345d8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchCommitment((uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header) pure returns(bytes28)
func (claimSettlement *ClaimSettlement) PackBatchCommitment(header ClaimSettlementBatchHeader) []byte {
	enc, err := claimSettlement.abi.Pack("batchCommitment", header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07345d8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchCommitment((uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header) pure returns(bytes28)
func (claimSettlement *ClaimSettlement) TryPackBatchCommitment(header ClaimSettlementBatchHeader) ([]byte, error) {
	return claimSettlement.abi.Pack("batchCommitment", header)
}

// UnpackBatchCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07345d8e.
//
// Solidity: function batchCommitment((uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header) pure returns(bytes28)
func (claimSettlement *ClaimSettlement) UnpackBatchCommitment(data []byte) ([28]byte, error) {
	out, err := claimSettlement.abi.Unpack("batchCommitment", data)
	if err != nil {
		return *new([28]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([28]byte)).(*[28]byte)
	return out0, nil
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

// PackBatchInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x815bda47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchInfo(uint256 batchId) view returns(bytes28 commitment, uint32 epoch, uint8 status, uint256 windowClosesAt)
func (claimSettlement *ClaimSettlement) PackBatchInfo(batchId *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("batchInfo", batchId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x815bda47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchInfo(uint256 batchId) view returns(bytes28 commitment, uint32 epoch, uint8 status, uint256 windowClosesAt)
func (claimSettlement *ClaimSettlement) TryPackBatchInfo(batchId *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("batchInfo", batchId)
}

// BatchInfoOutput serves as a container for the return parameters of contract
// method BatchInfo.
type BatchInfoOutput struct {
	Commitment     [28]byte
	Epoch          uint32
	Status         uint8
	WindowClosesAt *big.Int
}

// UnpackBatchInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x815bda47.
//
// Solidity: function batchInfo(uint256 batchId) view returns(bytes28 commitment, uint32 epoch, uint8 status, uint256 windowClosesAt)
func (claimSettlement *ClaimSettlement) UnpackBatchInfo(data []byte) (BatchInfoOutput, error) {
	out, err := claimSettlement.abi.Unpack("batchInfo", data)
	outstruct := new(BatchInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Commitment = *abi.ConvertType(out[0], new([28]byte)).(*[28]byte)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.WindowClosesAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (claimSettlement *ClaimSettlement) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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
func (claimSettlement *ClaimSettlement) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (claimSettlement *ClaimSettlement) PackCancelDefaultAdminTransfer() []byte {
	enc, err := claimSettlement.abi.Pack("cancelDefaultAdminTransfer")
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
func (claimSettlement *ClaimSettlement) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return claimSettlement.abi.Pack("cancelDefaultAdminTransfer")
}

// PackCancelEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2309de98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelEscrowWithdrawal() returns()
func (claimSettlement *ClaimSettlement) PackCancelEscrowWithdrawal() []byte {
	enc, err := claimSettlement.abi.Pack("cancelEscrowWithdrawal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2309de98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelEscrowWithdrawal() returns()
func (claimSettlement *ClaimSettlement) TryPackCancelEscrowWithdrawal() ([]byte, error) {
	return claimSettlement.abi.Pack("cancelEscrowWithdrawal")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (claimSettlement *ClaimSettlement) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("changeDefaultAdminDelay", newDelay)
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
func (claimSettlement *ClaimSettlement) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint32)
func (claimSettlement *ClaimSettlement) PackCurrentEpoch() []byte {
	enc, err := claimSettlement.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint32)
func (claimSettlement *ClaimSettlement) TryPackCurrentEpoch() ([]byte, error) {
	return claimSettlement.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint32)
func (claimSettlement *ClaimSettlement) UnpackCurrentEpoch(data []byte) (uint32, error) {
	out, err := claimSettlement.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (claimSettlement *ClaimSettlement) PackDefaultAdmin() []byte {
	enc, err := claimSettlement.abi.Pack("defaultAdmin")
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
func (claimSettlement *ClaimSettlement) TryPackDefaultAdmin() ([]byte, error) {
	return claimSettlement.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (claimSettlement *ClaimSettlement) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := claimSettlement.abi.Unpack("defaultAdmin", data)
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
func (claimSettlement *ClaimSettlement) PackDefaultAdminDelay() []byte {
	enc, err := claimSettlement.abi.Pack("defaultAdminDelay")
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
func (claimSettlement *ClaimSettlement) TryPackDefaultAdminDelay() ([]byte, error) {
	return claimSettlement.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("defaultAdminDelay", data)
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
func (claimSettlement *ClaimSettlement) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := claimSettlement.abi.Pack("defaultAdminDelayIncreaseWait")
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
func (claimSettlement *ClaimSettlement) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return claimSettlement.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b771864.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowWithdrawal() view returns(address to, uint256 amount, uint48 readyAt, uint48 delay)
func (claimSettlement *ClaimSettlement) PackEscrowWithdrawal() []byte {
	enc, err := claimSettlement.abi.Pack("escrowWithdrawal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b771864.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowWithdrawal() view returns(address to, uint256 amount, uint48 readyAt, uint48 delay)
func (claimSettlement *ClaimSettlement) TryPackEscrowWithdrawal() ([]byte, error) {
	return claimSettlement.abi.Pack("escrowWithdrawal")
}

// EscrowWithdrawalOutput serves as a container for the return parameters of contract
// method EscrowWithdrawal.
type EscrowWithdrawalOutput struct {
	To      common.Address
	Amount  *big.Int
	ReadyAt *big.Int
	Delay   *big.Int
}

// UnpackEscrowWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b771864.
//
// Solidity: function escrowWithdrawal() view returns(address to, uint256 amount, uint48 readyAt, uint48 delay)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawal(data []byte) (EscrowWithdrawalOutput, error) {
	out, err := claimSettlement.abi.Unpack("escrowWithdrawal", data)
	outstruct := new(EscrowWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.To = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ReadyAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Delay = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackExecuteEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba9fda0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeEscrowWithdrawal() returns()
func (claimSettlement *ClaimSettlement) PackExecuteEscrowWithdrawal() []byte {
	enc, err := claimSettlement.abi.Pack("executeEscrowWithdrawal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba9fda0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeEscrowWithdrawal() returns()
func (claimSettlement *ClaimSettlement) TryPackExecuteEscrowWithdrawal() ([]byte, error) {
	return claimSettlement.abi.Pack("executeEscrowWithdrawal")
}

// PackFreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22d533fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezeBatch(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, bytes32[] providerKeys, uint256[] amounts) returns()
func (claimSettlement *ClaimSettlement) PackFreezeBatch(batchId *big.Int, header ClaimSettlementBatchHeader, providerKeys [][32]byte, amounts []*big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("freezeBatch", batchId, header, providerKeys, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezeBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22d533fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezeBatch(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, bytes32[] providerKeys, uint256[] amounts) returns()
func (claimSettlement *ClaimSettlement) TryPackFreezeBatch(batchId *big.Int, header ClaimSettlementBatchHeader, providerKeys [][32]byte, amounts []*big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("freezeBatch", batchId, header, providerKeys, amounts)
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

// PackIsReversed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793f7c64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isReversed(bytes32 leaf) view returns(bool)
func (claimSettlement *ClaimSettlement) PackIsReversed(leaf [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("isReversed", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsReversed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x793f7c64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isReversed(bytes32 leaf) view returns(bool)
func (claimSettlement *ClaimSettlement) TryPackIsReversed(leaf [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("isReversed", leaf)
}

// UnpackIsReversed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x793f7c64.
//
// Solidity: function isReversed(bytes32 leaf) view returns(bool)
func (claimSettlement *ClaimSettlement) UnpackIsReversed(data []byte) (bool, error) {
	out, err := claimSettlement.abi.Unpack("isReversed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6123940b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leafHash((bytes32,uint32,uint64,bytes32,uint256,uint8,bytes32) leaf) view returns(bytes32)
func (claimSettlement *ClaimSettlement) PackLeafHash(leaf ClaimSettlementLeaf) []byte {
	enc, err := claimSettlement.abi.Pack("leafHash", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeafHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6123940b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leafHash((bytes32,uint32,uint64,bytes32,uint256,uint8,bytes32) leaf) view returns(bytes32)
func (claimSettlement *ClaimSettlement) TryPackLeafHash(leaf ClaimSettlementLeaf) ([]byte, error) {
	return claimSettlement.abi.Pack("leafHash", leaf)
}

// UnpackLeafHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6123940b.
//
// Solidity: function leafHash((bytes32,uint32,uint64,bytes32,uint256,uint8,bytes32) leaf) view returns(bytes32)
func (claimSettlement *ClaimSettlement) UnpackLeafHash(data []byte) ([32]byte, error) {
	out, err := claimSettlement.abi.Unpack("leafHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x860aefcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function limits() view returns(uint64 challengeWindow, uint64 maxBatchOffsets, uint96 maxBatchCents, uint256 windowCapCents, uint48 capWindow, uint256 windowCapAvailable)
func (claimSettlement *ClaimSettlement) PackLimits() []byte {
	enc, err := claimSettlement.abi.Pack("limits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x860aefcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function limits() view returns(uint64 challengeWindow, uint64 maxBatchOffsets, uint96 maxBatchCents, uint256 windowCapCents, uint48 capWindow, uint256 windowCapAvailable)
func (claimSettlement *ClaimSettlement) TryPackLimits() ([]byte, error) {
	return claimSettlement.abi.Pack("limits")
}

// LimitsOutput serves as a container for the return parameters of contract
// method Limits.
type LimitsOutput struct {
	ChallengeWindow    uint64
	MaxBatchOffsets    uint64
	MaxBatchCents      *big.Int
	WindowCapCents     *big.Int
	CapWindow          *big.Int
	WindowCapAvailable *big.Int
}

// UnpackLimits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x860aefcf.
//
// Solidity: function limits() view returns(uint64 challengeWindow, uint64 maxBatchOffsets, uint96 maxBatchCents, uint256 windowCapCents, uint48 capWindow, uint256 windowCapAvailable)
func (claimSettlement *ClaimSettlement) UnpackLimits(data []byte) (LimitsOutput, error) {
	out, err := claimSettlement.abi.Unpack("limits", data)
	outstruct := new(LimitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ChallengeWindow = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.MaxBatchOffsets = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.MaxBatchCents = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.WindowCapCents = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.CapWindow = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.WindowCapAvailable = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackOutstanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe50d33e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outstanding() view returns(uint256)
func (claimSettlement *ClaimSettlement) PackOutstanding() []byte {
	enc, err := claimSettlement.abi.Pack("outstanding")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutstanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe50d33e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outstanding() view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackOutstanding() ([]byte, error) {
	return claimSettlement.abi.Pack("outstanding")
}

// UnpackOutstanding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe50d33e3.
//
// Solidity: function outstanding() view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackOutstanding(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("outstanding", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d9dabf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owedBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) PackOwedBy(providerKey [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("owedBy", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwedBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3d9dabf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owedBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackOwedBy(providerKey [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("owedBy", providerKey)
}

// UnpackOwedBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3d9dabf.
//
// Solidity: function owedBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackOwedBy(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("owedBy", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (claimSettlement *ClaimSettlement) PackOwner() []byte {
	enc, err := claimSettlement.abi.Pack("owner")
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
func (claimSettlement *ClaimSettlement) TryPackOwner() ([]byte, error) {
	return claimSettlement.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (claimSettlement *ClaimSettlement) UnpackOwner(data []byte) (common.Address, error) {
	out, err := claimSettlement.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (claimSettlement *ClaimSettlement) PackPause() []byte {
	enc, err := claimSettlement.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (claimSettlement *ClaimSettlement) TryPackPause() ([]byte, error) {
	return claimSettlement.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (claimSettlement *ClaimSettlement) PackPaused() []byte {
	enc, err := claimSettlement.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (claimSettlement *ClaimSettlement) TryPackPaused() ([]byte, error) {
	return claimSettlement.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (claimSettlement *ClaimSettlement) UnpackPaused(data []byte) (bool, error) {
	out, err := claimSettlement.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (claimSettlement *ClaimSettlement) PackPendingDefaultAdmin() []byte {
	enc, err := claimSettlement.abi.Pack("pendingDefaultAdmin")
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
func (claimSettlement *ClaimSettlement) TryPackPendingDefaultAdmin() ([]byte, error) {
	return claimSettlement.abi.Pack("pendingDefaultAdmin")
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
func (claimSettlement *ClaimSettlement) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := claimSettlement.abi.Unpack("pendingDefaultAdmin", data)
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
func (claimSettlement *ClaimSettlement) PackPendingDefaultAdminDelay() []byte {
	enc, err := claimSettlement.abi.Pack("pendingDefaultAdminDelay")
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
func (claimSettlement *ClaimSettlement) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return claimSettlement.abi.Pack("pendingDefaultAdminDelay")
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
func (claimSettlement *ClaimSettlement) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := claimSettlement.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8401fe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providers() view returns(address)
func (claimSettlement *ClaimSettlement) PackProviders() []byte {
	enc, err := claimSettlement.abi.Pack("providers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8401fe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providers() view returns(address)
func (claimSettlement *ClaimSettlement) TryPackProviders() ([]byte, error) {
	return claimSettlement.abi.Pack("providers")
}

// UnpackProviders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8401fe6.
//
// Solidity: function providers() view returns(address)
func (claimSettlement *ClaimSettlement) UnpackProviders(data []byte) (common.Address, error) {
	out, err := claimSettlement.abi.Unpack("providers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReleaseBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04feb270.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseBatch(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, bytes32[] providerKeys, uint256[] amounts) returns()
func (claimSettlement *ClaimSettlement) PackReleaseBatch(batchId *big.Int, header ClaimSettlementBatchHeader, providerKeys [][32]byte, amounts []*big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("releaseBatch", batchId, header, providerKeys, amounts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04feb270.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseBatch(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, bytes32[] providerKeys, uint256[] amounts) returns()
func (claimSettlement *ClaimSettlement) TryPackReleaseBatch(batchId *big.Int, header ClaimSettlementBatchHeader, providerKeys [][32]byte, amounts []*big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("releaseBatch", batchId, header, providerKeys, amounts)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (claimSettlement *ClaimSettlement) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := claimSettlement.abi.Pack("renounceRole", role, account)
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
func (claimSettlement *ClaimSettlement) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return claimSettlement.abi.Pack("renounceRole", role, account)
}

// PackRequestEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacef5a05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestEscrowWithdrawal(uint256 amount) returns()
func (claimSettlement *ClaimSettlement) PackRequestEscrowWithdrawal(amount *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("requestEscrowWithdrawal", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestEscrowWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacef5a05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestEscrowWithdrawal(uint256 amount) returns()
func (claimSettlement *ClaimSettlement) TryPackRequestEscrowWithdrawal(amount *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("requestEscrowWithdrawal", amount)
}

// PackResolutionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdde6bc9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolutionOf(bytes32 leaf) view returns(uint8)
func (claimSettlement *ClaimSettlement) PackResolutionOf(leaf [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("resolutionOf", leaf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolutionOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdde6bc9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolutionOf(bytes32 leaf) view returns(uint8)
func (claimSettlement *ClaimSettlement) TryPackResolutionOf(leaf [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("resolutionOf", leaf)
}

// UnpackResolutionOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdde6bc9a.
//
// Solidity: function resolutionOf(bytes32 leaf) view returns(uint8)
func (claimSettlement *ClaimSettlement) UnpackResolutionOf(data []byte) (uint8, error) {
	out, err := claimSettlement.abi.Unpack("resolutionOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackResolvePended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0796a3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolvePended(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, (bytes32,uint32,uint64,bytes32,uint256,uint8,bytes32) leaf, bytes32[] proof, bool approve, uint256 cents, bytes32 noteHash) returns()
func (claimSettlement *ClaimSettlement) PackResolvePended(batchId *big.Int, header ClaimSettlementBatchHeader, leaf ClaimSettlementLeaf, proof [][32]byte, approve bool, cents *big.Int, noteHash [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("resolvePended", batchId, header, leaf, proof, approve, cents, noteHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolvePended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0796a3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolvePended(uint256 batchId, (uint32,uint64,uint64,bytes32,bytes32,uint32,bytes32) header, (bytes32,uint32,uint64,bytes32,uint256,uint8,bytes32) leaf, bytes32[] proof, bool approve, uint256 cents, bytes32 noteHash) returns()
func (claimSettlement *ClaimSettlement) TryPackResolvePended(batchId *big.Int, header ClaimSettlementBatchHeader, leaf ClaimSettlementLeaf, proof [][32]byte, approve bool, cents *big.Int, noteHash [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("resolvePended", batchId, header, leaf, proof, approve, cents, noteHash)
}

// PackReverseCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31166ff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reverseCredits((bytes32,bytes32,bytes32,uint256,bool)[] reversals) returns()
func (claimSettlement *ClaimSettlement) PackReverseCredits(reversals []ClaimSettlementReversal) []byte {
	enc, err := claimSettlement.abi.Pack("reverseCredits", reversals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReverseCredits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31166ff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reverseCredits((bytes32,bytes32,bytes32,uint256,bool)[] reversals) returns()
func (claimSettlement *ClaimSettlement) TryPackReverseCredits(reversals []ClaimSettlementReversal) ([]byte, error) {
	return claimSettlement.abi.Pack("reverseCredits", reversals)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (claimSettlement *ClaimSettlement) PackRollbackDefaultAdminDelay() []byte {
	enc, err := claimSettlement.abi.Pack("rollbackDefaultAdminDelay")
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
func (claimSettlement *ClaimSettlement) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return claimSettlement.abi.Pack("rollbackDefaultAdminDelay")
}

// PackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallengeWindow(uint64 window) returns()
func (claimSettlement *ClaimSettlement) PackSetChallengeWindow(window uint64) []byte {
	enc, err := claimSettlement.abi.Pack("setChallengeWindow", window)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda75c01e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallengeWindow(uint64 window) returns()
func (claimSettlement *ClaimSettlement) TryPackSetChallengeWindow(window uint64) ([]byte, error) {
	return claimSettlement.abi.Pack("setChallengeWindow", window)
}

// PackSetEscrowWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc05c17c7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEscrowWithdrawalDelay(uint48 delay) returns()
func (claimSettlement *ClaimSettlement) PackSetEscrowWithdrawalDelay(delay *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("setEscrowWithdrawalDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEscrowWithdrawalDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc05c17c7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEscrowWithdrawalDelay(uint48 delay) returns()
func (claimSettlement *ClaimSettlement) TryPackSetEscrowWithdrawalDelay(delay *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("setEscrowWithdrawalDelay", delay)
}

// PackSetMaxBatchOffsets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaebd921a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMaxBatchOffsets(uint64 maxOffsets) returns()
func (claimSettlement *ClaimSettlement) PackSetMaxBatchOffsets(maxOffsets uint64) []byte {
	enc, err := claimSettlement.abi.Pack("setMaxBatchOffsets", maxOffsets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMaxBatchOffsets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaebd921a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMaxBatchOffsets(uint64 maxOffsets) returns()
func (claimSettlement *ClaimSettlement) TryPackSetMaxBatchOffsets(maxOffsets uint64) ([]byte, error) {
	return claimSettlement.abi.Pack("setMaxBatchOffsets", maxOffsets)
}

// PackSetPayoutCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x132a5111.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPayoutCaps(uint96 maxBatchCents, uint80 windowCapCents, uint48 capWindow) returns()
func (claimSettlement *ClaimSettlement) PackSetPayoutCaps(maxBatchCents *big.Int, windowCapCents *big.Int, capWindow *big.Int) []byte {
	enc, err := claimSettlement.abi.Pack("setPayoutCaps", maxBatchCents, windowCapCents, capWindow)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPayoutCaps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x132a5111.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPayoutCaps(uint96 maxBatchCents, uint80 windowCapCents, uint48 capWindow) returns()
func (claimSettlement *ClaimSettlement) TryPackSetPayoutCaps(maxBatchCents *big.Int, windowCapCents *big.Int, capWindow *big.Int) ([]byte, error) {
	return claimSettlement.abi.Pack("setPayoutCaps", maxBatchCents, windowCapCents, capWindow)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8de1f8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, bytes32[] providerKeys, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
func (claimSettlement *ClaimSettlement) PackSettleBatch(partition uint32, fromOffset uint64, toOffset uint64, merkleRoot [32]byte, policyHash [32]byte, claimCount uint32, providerKeys [][32]byte, amounts []*big.Int, pendedClaims [][32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("settleBatch", partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, providerKeys, amounts, pendedClaims)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8de1f8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, bytes32[] providerKeys, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
func (claimSettlement *ClaimSettlement) TryPackSettleBatch(partition uint32, fromOffset uint64, toOffset uint64, merkleRoot [32]byte, policyHash [32]byte, claimCount uint32, providerKeys [][32]byte, amounts []*big.Int, pendedClaims [][32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("settleBatch", partition, fromOffset, toOffset, merkleRoot, policyHash, claimCount, providerKeys, amounts, pendedClaims)
}

// UnpackSettleBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8de1f8eb.
//
// Solidity: function settleBatch(uint32 partition, uint64 fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, bytes32[] providerKeys, uint256[] amounts, bytes32[] pendedClaims) returns(uint256 batchId)
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

// PackUnallocatedEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d2a242.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unallocatedEscrow() view returns(uint256)
func (claimSettlement *ClaimSettlement) PackUnallocatedEscrow() []byte {
	enc, err := claimSettlement.abi.Pack("unallocatedEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnallocatedEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d2a242.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unallocatedEscrow() view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackUnallocatedEscrow() ([]byte, error) {
	return claimSettlement.abi.Pack("unallocatedEscrow")
}

// UnpackUnallocatedEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d2a242.
//
// Solidity: function unallocatedEscrow() view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackUnallocatedEscrow(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("unallocatedEscrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (claimSettlement *ClaimSettlement) PackUnpause() []byte {
	enc, err := claimSettlement.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (claimSettlement *ClaimSettlement) TryPackUnpause() ([]byte, error) {
	return claimSettlement.abi.Pack("unpause")
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e19899e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(bytes32 providerKey) returns(uint256 amount)
func (claimSettlement *ClaimSettlement) PackWithdraw(providerKey [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("withdraw", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e19899e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(bytes32 providerKey) returns(uint256 amount)
func (claimSettlement *ClaimSettlement) TryPackWithdraw(providerKey [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("withdraw", providerKey)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e19899e.
//
// Solidity: function withdraw(bytes32 providerKey) returns(uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawnBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8234b9cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawnBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) PackWithdrawnBy(providerKey [32]byte) []byte {
	enc, err := claimSettlement.abi.Pack("withdrawnBy", providerKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawnBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8234b9cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawnBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) TryPackWithdrawnBy(providerKey [32]byte) ([]byte, error) {
	return claimSettlement.abi.Pack("withdrawnBy", providerKey)
}

// UnpackWithdrawnBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8234b9cd.
//
// Solidity: function withdrawnBy(bytes32 providerKey) view returns(uint256)
func (claimSettlement *ClaimSettlement) UnpackWithdrawnBy(data []byte) (*big.Int, error) {
	out, err := claimSettlement.abi.Unpack("withdrawnBy", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ClaimSettlementBatchFrozen represents a BatchFrozen event raised by the ClaimSettlement contract.
type ClaimSettlementBatchFrozen struct {
	BatchId     *big.Int
	Guardian    common.Address
	TotalFrozen *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementBatchFrozenEventName = "BatchFrozen"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementBatchFrozen) ContractEventName() string {
	return ClaimSettlementBatchFrozenEventName
}

// UnpackBatchFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFrozen(uint256 indexed batchId, address indexed guardian, uint256 totalFrozen)
func (claimSettlement *ClaimSettlement) UnpackBatchFrozenEvent(log *types.Log) (*ClaimSettlementBatchFrozen, error) {
	event := "BatchFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementBatchFrozen)
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

// ClaimSettlementBatchReleased represents a BatchReleased event raised by the ClaimSettlement contract.
type ClaimSettlementBatchReleased struct {
	BatchId       *big.Int
	Admin         common.Address
	TotalReleased *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementBatchReleasedEventName = "BatchReleased"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementBatchReleased) ContractEventName() string {
	return ClaimSettlementBatchReleasedEventName
}

// UnpackBatchReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchReleased(uint256 indexed batchId, address indexed admin, uint256 totalReleased)
func (claimSettlement *ClaimSettlement) UnpackBatchReleasedEvent(log *types.Log) (*ClaimSettlementBatchReleased, error) {
	event := "BatchReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementBatchReleased)
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

// ClaimSettlementBatchSettled represents a BatchSettled event raised by the ClaimSettlement contract.
type ClaimSettlementBatchSettled struct {
	BatchId       *big.Int
	Partition     uint32
	FromOffset    uint64
	ToOffset      uint64
	MerkleRoot    [32]byte
	PolicyHash    [32]byte
	ClaimCount    uint32
	TotalCredited *big.Int
	CreditsDigest [32]byte
	Epoch         uint32
	ProviderKeys  [][32]byte
	Amounts       []*big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementBatchSettledEventName = "BatchSettled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementBatchSettled) ContractEventName() string {
	return ClaimSettlementBatchSettledEventName
}

// UnpackBatchSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchSettled(uint256 indexed batchId, uint32 indexed partition, uint64 indexed fromOffset, uint64 toOffset, bytes32 merkleRoot, bytes32 policyHash, uint32 claimCount, uint256 totalCredited, bytes32 creditsDigest, uint32 epoch, bytes32[] providerKeys, uint256[] amounts)
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

// ClaimSettlementChallengeWindowChanged represents a ChallengeWindowChanged event raised by the ClaimSettlement contract.
type ClaimSettlementChallengeWindowChanged struct {
	PreviousWindow uint64
	NewWindow      uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementChallengeWindowChangedEventName = "ChallengeWindowChanged"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementChallengeWindowChanged) ContractEventName() string {
	return ClaimSettlementChallengeWindowChangedEventName
}

// UnpackChallengeWindowChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeWindowChanged(uint64 previousWindow, uint64 newWindow)
func (claimSettlement *ClaimSettlement) UnpackChallengeWindowChangedEvent(log *types.Log) (*ClaimSettlementChallengeWindowChanged, error) {
	event := "ChallengeWindowChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementChallengeWindowChanged)
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

// ClaimSettlementClaimResolved represents a ClaimResolved event raised by the ClaimSettlement contract.
type ClaimSettlementClaimResolved struct {
	ClaimKey    [32]byte
	BatchId     *big.Int
	Approved    bool
	ProviderKey [32]byte
	Amount      *big.Int
	NoteHash    [32]byte
	Analyst     common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementClaimResolvedEventName = "ClaimResolved"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementClaimResolved) ContractEventName() string {
	return ClaimSettlementClaimResolvedEventName
}

// UnpackClaimResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClaimResolved(bytes32 indexed claimKey, uint256 indexed batchId, bool approved, bytes32 providerKey, uint256 amount, bytes32 noteHash, address analyst)
func (claimSettlement *ClaimSettlement) UnpackClaimResolvedEvent(log *types.Log) (*ClaimSettlementClaimResolved, error) {
	event := "ClaimResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementClaimResolved)
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

// ClaimSettlementCreditReversed represents a CreditReversed event raised by the ClaimSettlement contract.
type ClaimSettlementCreditReversed struct {
	Leaf        [32]byte
	ProviderKey [32]byte
	ClaimKey    [32]byte
	Cents       *big.Int
	Pended      bool
	Voided      bool
	Recovered   *big.Int
	Owed        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementCreditReversedEventName = "CreditReversed"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementCreditReversed) ContractEventName() string {
	return ClaimSettlementCreditReversedEventName
}

// UnpackCreditReversedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreditReversed(bytes32 indexed leaf, bytes32 indexed providerKey, bytes32 indexed claimKey, uint256 cents, bool pended, bool voided, uint256 recovered, uint256 owed)
func (claimSettlement *ClaimSettlement) UnpackCreditReversedEvent(log *types.Log) (*ClaimSettlementCreditReversed, error) {
	event := "CreditReversed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementCreditReversed)
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

// ClaimSettlementDebtRecovered represents a DebtRecovered event raised by the ClaimSettlement contract.
type ClaimSettlementDebtRecovered struct {
	ProviderKey [32]byte
	Amount      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementDebtRecoveredEventName = "DebtRecovered"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementDebtRecovered) ContractEventName() string {
	return ClaimSettlementDebtRecoveredEventName
}

// UnpackDebtRecoveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DebtRecovered(bytes32 indexed providerKey, uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackDebtRecoveredEvent(log *types.Log) (*ClaimSettlementDebtRecovered, error) {
	event := "DebtRecovered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementDebtRecovered)
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

// ClaimSettlementDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the ClaimSettlement contract.
type ClaimSettlementDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return ClaimSettlementDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*ClaimSettlementDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementDefaultAdminDelayChangeCanceled)
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

// ClaimSettlementDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the ClaimSettlement contract.
type ClaimSettlementDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return ClaimSettlementDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*ClaimSettlementDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementDefaultAdminDelayChangeScheduled)
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

// ClaimSettlementDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the ClaimSettlement contract.
type ClaimSettlementDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementDefaultAdminTransferCanceled) ContractEventName() string {
	return ClaimSettlementDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*ClaimSettlementDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementDefaultAdminTransferCanceled)
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

// ClaimSettlementDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the ClaimSettlement contract.
type ClaimSettlementDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementDefaultAdminTransferScheduled) ContractEventName() string {
	return ClaimSettlementDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (claimSettlement *ClaimSettlement) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*ClaimSettlementDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementDefaultAdminTransferScheduled)
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

// ClaimSettlementEscrowWithdrawalCancelled represents a EscrowWithdrawalCancelled event raised by the ClaimSettlement contract.
type ClaimSettlementEscrowWithdrawalCancelled struct {
	By     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementEscrowWithdrawalCancelledEventName = "EscrowWithdrawalCancelled"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementEscrowWithdrawalCancelled) ContractEventName() string {
	return ClaimSettlementEscrowWithdrawalCancelledEventName
}

// UnpackEscrowWithdrawalCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawalCancelled(address indexed by, uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawalCancelledEvent(log *types.Log) (*ClaimSettlementEscrowWithdrawalCancelled, error) {
	event := "EscrowWithdrawalCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementEscrowWithdrawalCancelled)
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

// ClaimSettlementEscrowWithdrawalDelayChanged represents a EscrowWithdrawalDelayChanged event raised by the ClaimSettlement contract.
type ClaimSettlementEscrowWithdrawalDelayChanged struct {
	PreviousDelay *big.Int
	NewDelay      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementEscrowWithdrawalDelayChangedEventName = "EscrowWithdrawalDelayChanged"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementEscrowWithdrawalDelayChanged) ContractEventName() string {
	return ClaimSettlementEscrowWithdrawalDelayChangedEventName
}

// UnpackEscrowWithdrawalDelayChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawalDelayChanged(uint48 previousDelay, uint48 newDelay)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawalDelayChangedEvent(log *types.Log) (*ClaimSettlementEscrowWithdrawalDelayChanged, error) {
	event := "EscrowWithdrawalDelayChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementEscrowWithdrawalDelayChanged)
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

// ClaimSettlementEscrowWithdrawalRequested represents a EscrowWithdrawalRequested event raised by the ClaimSettlement contract.
type ClaimSettlementEscrowWithdrawalRequested struct {
	Insurer common.Address
	Amount  *big.Int
	ReadyAt *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementEscrowWithdrawalRequestedEventName = "EscrowWithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementEscrowWithdrawalRequested) ContractEventName() string {
	return ClaimSettlementEscrowWithdrawalRequestedEventName
}

// UnpackEscrowWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawalRequested(address indexed insurer, uint256 amount, uint48 readyAt)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawalRequestedEvent(log *types.Log) (*ClaimSettlementEscrowWithdrawalRequested, error) {
	event := "EscrowWithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementEscrowWithdrawalRequested)
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

// ClaimSettlementEscrowWithdrawn represents a EscrowWithdrawn event raised by the ClaimSettlement contract.
type ClaimSettlementEscrowWithdrawn struct {
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementEscrowWithdrawnEventName = "EscrowWithdrawn"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementEscrowWithdrawn) ContractEventName() string {
	return ClaimSettlementEscrowWithdrawnEventName
}

// UnpackEscrowWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscrowWithdrawn(address indexed to, uint256 amount)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawnEvent(log *types.Log) (*ClaimSettlementEscrowWithdrawn, error) {
	event := "EscrowWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementEscrowWithdrawn)
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

// ClaimSettlementMaxBatchOffsetsChanged represents a MaxBatchOffsetsChanged event raised by the ClaimSettlement contract.
type ClaimSettlementMaxBatchOffsetsChanged struct {
	PreviousMax uint64
	NewMax      uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementMaxBatchOffsetsChangedEventName = "MaxBatchOffsetsChanged"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementMaxBatchOffsetsChanged) ContractEventName() string {
	return ClaimSettlementMaxBatchOffsetsChangedEventName
}

// UnpackMaxBatchOffsetsChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaxBatchOffsetsChanged(uint64 previousMax, uint64 newMax)
func (claimSettlement *ClaimSettlement) UnpackMaxBatchOffsetsChangedEvent(log *types.Log) (*ClaimSettlementMaxBatchOffsetsChanged, error) {
	event := "MaxBatchOffsetsChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementMaxBatchOffsetsChanged)
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

// ClaimSettlementPaused represents a Paused event raised by the ClaimSettlement contract.
type ClaimSettlementPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementPaused) ContractEventName() string {
	return ClaimSettlementPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (claimSettlement *ClaimSettlement) UnpackPausedEvent(log *types.Log) (*ClaimSettlementPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementPaused)
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

// ClaimSettlementPayoutCapsChanged represents a PayoutCapsChanged event raised by the ClaimSettlement contract.
type ClaimSettlementPayoutCapsChanged struct {
	MaxBatchCents  *big.Int
	WindowCapCents *big.Int
	CapWindow      *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementPayoutCapsChangedEventName = "PayoutCapsChanged"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementPayoutCapsChanged) ContractEventName() string {
	return ClaimSettlementPayoutCapsChangedEventName
}

// UnpackPayoutCapsChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutCapsChanged(uint96 maxBatchCents, uint80 windowCapCents, uint48 capWindow)
func (claimSettlement *ClaimSettlement) UnpackPayoutCapsChangedEvent(log *types.Log) (*ClaimSettlementPayoutCapsChanged, error) {
	event := "PayoutCapsChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementPayoutCapsChanged)
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

// ClaimSettlementProviderWithdrew represents a ProviderWithdrew event raised by the ClaimSettlement contract.
type ClaimSettlementProviderWithdrew struct {
	ProviderKey [32]byte
	Payout      common.Address
	Amount      *big.Int
	Caller      common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementProviderWithdrewEventName = "ProviderWithdrew"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementProviderWithdrew) ContractEventName() string {
	return ClaimSettlementProviderWithdrewEventName
}

// UnpackProviderWithdrewEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderWithdrew(bytes32 indexed providerKey, address indexed payout, uint256 amount, address caller)
func (claimSettlement *ClaimSettlement) UnpackProviderWithdrewEvent(log *types.Log) (*ClaimSettlementProviderWithdrew, error) {
	event := "ProviderWithdrew"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementProviderWithdrew)
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

// ClaimSettlementUnpaused represents a Unpaused event raised by the ClaimSettlement contract.
type ClaimSettlementUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const ClaimSettlementUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (ClaimSettlementUnpaused) ContractEventName() string {
	return ClaimSettlementUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (claimSettlement *ClaimSettlement) UnpackUnpausedEvent(log *types.Log) (*ClaimSettlementUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != claimSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ClaimSettlementUnpaused)
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
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["AlreadyReversed"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackAlreadyReversedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchCapExceeded"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchHeaderMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchIsFrozen"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchIsFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchNotFreezable"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchNotFreezableError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchNotFrozen"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["BatchRangeTooLarge"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackBatchRangeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ClaimAlreadyResolved"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackClaimAlreadyResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ClaimCountExceedsRange"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackClaimCountExceedsRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ClaimNotPended"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackClaimNotPendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ClaimVoided"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackClaimVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["CreditLengthMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackCreditLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["CreditsMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackCreditsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EmptyMerkleRoot"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEmptyMerkleRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["EscrowWithdrawalNotReady"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackEscrowWithdrawalNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["InvalidMerkleProof"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackInvalidMerkleProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["InvalidSetting"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackInvalidSettingError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["NoEscrowWithdrawal"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackNoEscrowWithdrawalError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["OffsetMismatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackOffsetMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["PayoutNotRegistered"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackPayoutNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ResolutionExceedsHeld"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackResolutionExceedsHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ReversalTooLarge"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackReversalTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["UnknownBatch"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackUnknownBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["UnsortedCredits"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackUnsortedCreditsError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["WindowCapExceeded"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackWindowCapExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroCredit"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroCreditKey"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroCreditKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroReversalKey"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroReversalKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], claimSettlement.abi.Errors["ZeroReversalLeaf"].ID.Bytes()[:4]) {
		return claimSettlement.UnpackZeroReversalLeafError(raw[4:])
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

// ClaimSettlementAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the ClaimSettlement contract.
type ClaimSettlementAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func ClaimSettlementAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (claimSettlement *ClaimSettlement) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*ClaimSettlementAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(ClaimSettlementAccessControlEnforcedDefaultAdminDelay)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the ClaimSettlement contract.
type ClaimSettlementAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func ClaimSettlementAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (claimSettlement *ClaimSettlement) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*ClaimSettlementAccessControlEnforcedDefaultAdminRules, error) {
	out := new(ClaimSettlementAccessControlEnforcedDefaultAdminRules)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the ClaimSettlement contract.
type ClaimSettlementAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func ClaimSettlementAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (claimSettlement *ClaimSettlement) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*ClaimSettlementAccessControlInvalidDefaultAdmin, error) {
	out := new(ClaimSettlementAccessControlInvalidDefaultAdmin)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// ClaimSettlementAlreadyReversed represents a AlreadyReversed error raised by the ClaimSettlement contract.
type ClaimSettlementAlreadyReversed struct {
	Leaf [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReversed(bytes32 leaf)
func ClaimSettlementAlreadyReversedErrorID() common.Hash {
	return common.HexToHash("0xf91850d90e97f605b0c276db9087af2e25231ff42d56d6876e0e903fec350c13")
}

// UnpackAlreadyReversedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReversed(bytes32 leaf)
func (claimSettlement *ClaimSettlement) UnpackAlreadyReversedError(raw []byte) (*ClaimSettlementAlreadyReversed, error) {
	out := new(ClaimSettlementAlreadyReversed)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "AlreadyReversed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchCapExceeded represents a BatchCapExceeded error raised by the ClaimSettlement contract.
type ClaimSettlementBatchCapExceeded struct {
	Total *big.Int
	Cap   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchCapExceeded(uint256 total, uint256 cap)
func ClaimSettlementBatchCapExceededErrorID() common.Hash {
	return common.HexToHash("0x794cf0abb34b34f2e078e30fac1a4a338e8c92e8abb17736c88d32780ff6fd0e")
}

// UnpackBatchCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchCapExceeded(uint256 total, uint256 cap)
func (claimSettlement *ClaimSettlement) UnpackBatchCapExceededError(raw []byte) (*ClaimSettlementBatchCapExceeded, error) {
	out := new(ClaimSettlementBatchCapExceeded)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchCapExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchHeaderMismatch represents a BatchHeaderMismatch error raised by the ClaimSettlement contract.
type ClaimSettlementBatchHeaderMismatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchHeaderMismatch(uint256 batchId)
func ClaimSettlementBatchHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0xe3b36f2f24fa6ab4b053736ddbd1a95075e7074a87f60d6f1d328e0bb1832b2c")
}

// UnpackBatchHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchHeaderMismatch(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackBatchHeaderMismatchError(raw []byte) (*ClaimSettlementBatchHeaderMismatch, error) {
	out := new(ClaimSettlementBatchHeaderMismatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchHeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchIsFrozen represents a BatchIsFrozen error raised by the ClaimSettlement contract.
type ClaimSettlementBatchIsFrozen struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchIsFrozen(uint256 batchId)
func ClaimSettlementBatchIsFrozenErrorID() common.Hash {
	return common.HexToHash("0x2da59371f8ae957d86473dda7f9f79bc3be33f186d3e9a5229f95d33aa1c2f03")
}

// UnpackBatchIsFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchIsFrozen(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackBatchIsFrozenError(raw []byte) (*ClaimSettlementBatchIsFrozen, error) {
	out := new(ClaimSettlementBatchIsFrozen)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchIsFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchNotFreezable represents a BatchNotFreezable error raised by the ClaimSettlement contract.
type ClaimSettlementBatchNotFreezable struct {
	BatchId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFreezable(uint256 batchId, uint8 status)
func ClaimSettlementBatchNotFreezableErrorID() common.Hash {
	return common.HexToHash("0x2db7b3ed3852ee867cb6effbadc9ac630671b8092169d6c38c6e1cee36ffbd28")
}

// UnpackBatchNotFreezableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFreezable(uint256 batchId, uint8 status)
func (claimSettlement *ClaimSettlement) UnpackBatchNotFreezableError(raw []byte) (*ClaimSettlementBatchNotFreezable, error) {
	out := new(ClaimSettlementBatchNotFreezable)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchNotFreezable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchNotFrozen represents a BatchNotFrozen error raised by the ClaimSettlement contract.
type ClaimSettlementBatchNotFrozen struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFrozen(uint256 batchId)
func ClaimSettlementBatchNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x0d027cf3c421318ab1a24105681943b5ed7f5df0c171cff886b979c1ebabad03")
}

// UnpackBatchNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFrozen(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackBatchNotFrozenError(raw []byte) (*ClaimSettlementBatchNotFrozen, error) {
	out := new(ClaimSettlementBatchNotFrozen)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchNotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementBatchRangeTooLarge represents a BatchRangeTooLarge error raised by the ClaimSettlement contract.
type ClaimSettlementBatchRangeTooLarge struct {
	Given uint64
	Max   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchRangeTooLarge(uint64 given, uint64 max)
func ClaimSettlementBatchRangeTooLargeErrorID() common.Hash {
	return common.HexToHash("0xe03886bd0730a5e5dad83586c0b1a640095de1358840fca2a4741e29ddcfa59c")
}

// UnpackBatchRangeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchRangeTooLarge(uint64 given, uint64 max)
func (claimSettlement *ClaimSettlement) UnpackBatchRangeTooLargeError(raw []byte) (*ClaimSettlementBatchRangeTooLarge, error) {
	out := new(ClaimSettlementBatchRangeTooLarge)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "BatchRangeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementChallengeWindowClosed represents a ChallengeWindowClosed error raised by the ClaimSettlement contract.
type ClaimSettlementChallengeWindowClosed struct {
	BatchId  *big.Int
	ClosedAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(uint256 batchId, uint256 closedAt)
func ClaimSettlementChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x9187e902a864dd02169704b56b0f0a5acefc83a01e2c0691c1c327f46c14eda7")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(uint256 batchId, uint256 closedAt)
func (claimSettlement *ClaimSettlement) UnpackChallengeWindowClosedError(raw []byte) (*ClaimSettlementChallengeWindowClosed, error) {
	out := new(ClaimSettlementChallengeWindowClosed)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementChallengeWindowOpen represents a ChallengeWindowOpen error raised by the ClaimSettlement contract.
type ClaimSettlementChallengeWindowOpen struct {
	BatchId  *big.Int
	ClosesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(uint256 batchId, uint256 closesAt)
func ClaimSettlementChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x76f615b00a3ec6e9519258ee929d9e8422f067dfc91c8334beba4c9318def0a0")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(uint256 batchId, uint256 closesAt)
func (claimSettlement *ClaimSettlement) UnpackChallengeWindowOpenError(raw []byte) (*ClaimSettlementChallengeWindowOpen, error) {
	out := new(ClaimSettlementChallengeWindowOpen)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementClaimAlreadyResolved represents a ClaimAlreadyResolved error raised by the ClaimSettlement contract.
type ClaimSettlementClaimAlreadyResolved struct {
	ClaimKey   [32]byte
	Resolution uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimAlreadyResolved(bytes32 claimKey, uint8 resolution)
func ClaimSettlementClaimAlreadyResolvedErrorID() common.Hash {
	return common.HexToHash("0xdaec93cafbc90bc3ae72b8711133ef614749c90143340b7f758e1750f194219e")
}

// UnpackClaimAlreadyResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimAlreadyResolved(bytes32 claimKey, uint8 resolution)
func (claimSettlement *ClaimSettlement) UnpackClaimAlreadyResolvedError(raw []byte) (*ClaimSettlementClaimAlreadyResolved, error) {
	out := new(ClaimSettlementClaimAlreadyResolved)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ClaimAlreadyResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementClaimCountExceedsRange represents a ClaimCountExceedsRange error raised by the ClaimSettlement contract.
type ClaimSettlementClaimCountExceedsRange struct {
	ClaimCount uint32
	Offsets    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimCountExceedsRange(uint32 claimCount, uint64 offsets)
func ClaimSettlementClaimCountExceedsRangeErrorID() common.Hash {
	return common.HexToHash("0x1d5204601fcc7a42c07e654ac59c34f8a1eb30e74e8734c0cab009f2db7587bf")
}

// UnpackClaimCountExceedsRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimCountExceedsRange(uint32 claimCount, uint64 offsets)
func (claimSettlement *ClaimSettlement) UnpackClaimCountExceedsRangeError(raw []byte) (*ClaimSettlementClaimCountExceedsRange, error) {
	out := new(ClaimSettlementClaimCountExceedsRange)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ClaimCountExceedsRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementClaimNotPended represents a ClaimNotPended error raised by the ClaimSettlement contract.
type ClaimSettlementClaimNotPended struct {
	ClaimKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimNotPended(bytes32 claimKey)
func ClaimSettlementClaimNotPendedErrorID() common.Hash {
	return common.HexToHash("0x70076712cb2cb8628d85d8f986f7b45244e2dd6c776ad713b9379157a028df8c")
}

// UnpackClaimNotPendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimNotPended(bytes32 claimKey)
func (claimSettlement *ClaimSettlement) UnpackClaimNotPendedError(raw []byte) (*ClaimSettlementClaimNotPended, error) {
	out := new(ClaimSettlementClaimNotPended)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ClaimNotPended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementClaimVoided represents a ClaimVoided error raised by the ClaimSettlement contract.
type ClaimSettlementClaimVoided struct {
	ClaimKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimVoided(bytes32 claimKey)
func ClaimSettlementClaimVoidedErrorID() common.Hash {
	return common.HexToHash("0x907a727e8ff491ea4a2d17ce3c3145249ce20c91b36dc1ea2b8ded2dd75bfbfa")
}

// UnpackClaimVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimVoided(bytes32 claimKey)
func (claimSettlement *ClaimSettlement) UnpackClaimVoidedError(raw []byte) (*ClaimSettlementClaimVoided, error) {
	out := new(ClaimSettlementClaimVoided)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ClaimVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementCreditLengthMismatch represents a CreditLengthMismatch error raised by the ClaimSettlement contract.
type ClaimSettlementCreditLengthMismatch struct {
	ProviderKeys *big.Int
	Amounts      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditLengthMismatch(uint256 providerKeys, uint256 amounts)
func ClaimSettlementCreditLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0x05f6cb2a66876b68df5e680f62e1fe3ce5fed0bc57b9c9ebd62a2438b17824a9")
}

// UnpackCreditLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditLengthMismatch(uint256 providerKeys, uint256 amounts)
func (claimSettlement *ClaimSettlement) UnpackCreditLengthMismatchError(raw []byte) (*ClaimSettlementCreditLengthMismatch, error) {
	out := new(ClaimSettlementCreditLengthMismatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "CreditLengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementCreditsMismatch represents a CreditsMismatch error raised by the ClaimSettlement contract.
type ClaimSettlementCreditsMismatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreditsMismatch(uint256 batchId)
func ClaimSettlementCreditsMismatchErrorID() common.Hash {
	return common.HexToHash("0x28c72e4a07f88db305d9097ed5d2322b1801a69bf05449b6a34ec38ce2b5ac13")
}

// UnpackCreditsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreditsMismatch(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackCreditsMismatchError(raw []byte) (*ClaimSettlementCreditsMismatch, error) {
	out := new(ClaimSettlementCreditsMismatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "CreditsMismatch", raw); err != nil {
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

// ClaimSettlementEnforcedPause represents a EnforcedPause error raised by the ClaimSettlement contract.
type ClaimSettlementEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func ClaimSettlementEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (claimSettlement *ClaimSettlement) UnpackEnforcedPauseError(raw []byte) (*ClaimSettlementEnforcedPause, error) {
	out := new(ClaimSettlementEnforcedPause)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementEscrowWithdrawalNotReady represents a EscrowWithdrawalNotReady error raised by the ClaimSettlement contract.
type ClaimSettlementEscrowWithdrawalNotReady struct {
	ReadyAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscrowWithdrawalNotReady(uint48 readyAt)
func ClaimSettlementEscrowWithdrawalNotReadyErrorID() common.Hash {
	return common.HexToHash("0x8d3aa06da8325bdc8eb09c83354635870991a235ac9f65d610934bc67fd2d8d1")
}

// UnpackEscrowWithdrawalNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscrowWithdrawalNotReady(uint48 readyAt)
func (claimSettlement *ClaimSettlement) UnpackEscrowWithdrawalNotReadyError(raw []byte) (*ClaimSettlementEscrowWithdrawalNotReady, error) {
	out := new(ClaimSettlementEscrowWithdrawalNotReady)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "EscrowWithdrawalNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementExpectedPause represents a ExpectedPause error raised by the ClaimSettlement contract.
type ClaimSettlementExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func ClaimSettlementExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (claimSettlement *ClaimSettlement) UnpackExpectedPauseError(raw []byte) (*ClaimSettlementExpectedPause, error) {
	out := new(ClaimSettlementExpectedPause)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
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

// ClaimSettlementInvalidMerkleProof represents a InvalidMerkleProof error raised by the ClaimSettlement contract.
type ClaimSettlementInvalidMerkleProof struct {
	ClaimKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMerkleProof(bytes32 claimKey)
func ClaimSettlementInvalidMerkleProofErrorID() common.Hash {
	return common.HexToHash("0x3b8c3cac53d68d760e3a7a56c87a35dbc9c5c81cadd3db8fbb3db27cd6c9c533")
}

// UnpackInvalidMerkleProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMerkleProof(bytes32 claimKey)
func (claimSettlement *ClaimSettlement) UnpackInvalidMerkleProofError(raw []byte) (*ClaimSettlementInvalidMerkleProof, error) {
	out := new(ClaimSettlementInvalidMerkleProof)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "InvalidMerkleProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementInvalidSetting represents a InvalidSetting error raised by the ClaimSettlement contract.
type ClaimSettlementInvalidSetting struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSetting(string what)
func ClaimSettlementInvalidSettingErrorID() common.Hash {
	return common.HexToHash("0xa1902ba0b13112b81e6579c7bb30ab193d4fc09058486bb180a68a3bba76842b")
}

// UnpackInvalidSettingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSetting(string what)
func (claimSettlement *ClaimSettlement) UnpackInvalidSettingError(raw []byte) (*ClaimSettlementInvalidSetting, error) {
	out := new(ClaimSettlementInvalidSetting)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "InvalidSetting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementNoEscrowWithdrawal represents a NoEscrowWithdrawal error raised by the ClaimSettlement contract.
type ClaimSettlementNoEscrowWithdrawal struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEscrowWithdrawal()
func ClaimSettlementNoEscrowWithdrawalErrorID() common.Hash {
	return common.HexToHash("0x4f4ae8df2965662efc35a052bc14aa339121a06d861eda8dff551885f3e35c87")
}

// UnpackNoEscrowWithdrawalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEscrowWithdrawal()
func (claimSettlement *ClaimSettlement) UnpackNoEscrowWithdrawalError(raw []byte) (*ClaimSettlementNoEscrowWithdrawal, error) {
	out := new(ClaimSettlementNoEscrowWithdrawal)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "NoEscrowWithdrawal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementNothingToWithdraw represents a NothingToWithdraw error raised by the ClaimSettlement contract.
type ClaimSettlementNothingToWithdraw struct {
	ProviderKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(bytes32 providerKey)
func ClaimSettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x7eff38ca4350d02e22808120ce04993849037585c25dd755f78b8ba3ed9808a8")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(bytes32 providerKey)
func (claimSettlement *ClaimSettlement) UnpackNothingToWithdrawError(raw []byte) (*ClaimSettlementNothingToWithdraw, error) {
	out := new(ClaimSettlementNothingToWithdraw)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
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

// ClaimSettlementPayoutNotRegistered represents a PayoutNotRegistered error raised by the ClaimSettlement contract.
type ClaimSettlementPayoutNotRegistered struct {
	ProviderKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutNotRegistered(bytes32 providerKey)
func ClaimSettlementPayoutNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x91ad248c6a6db744db9b9abd02fd3d4e2e8b783a52f6879f384e6ee5e9665fa9")
}

// UnpackPayoutNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutNotRegistered(bytes32 providerKey)
func (claimSettlement *ClaimSettlement) UnpackPayoutNotRegisteredError(raw []byte) (*ClaimSettlementPayoutNotRegistered, error) {
	out := new(ClaimSettlementPayoutNotRegistered)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "PayoutNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementResolutionExceedsHeld represents a ResolutionExceedsHeld error raised by the ClaimSettlement contract.
type ClaimSettlementResolutionExceedsHeld struct {
	ClaimKey [32]byte
	Cents    *big.Int
	Held     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ResolutionExceedsHeld(bytes32 claimKey, uint256 cents, uint256 held)
func ClaimSettlementResolutionExceedsHeldErrorID() common.Hash {
	return common.HexToHash("0x2ffe8f74f6df435e979cc064162a235e78617da40803597efcd7b3f01a29faba")
}

// UnpackResolutionExceedsHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ResolutionExceedsHeld(bytes32 claimKey, uint256 cents, uint256 held)
func (claimSettlement *ClaimSettlement) UnpackResolutionExceedsHeldError(raw []byte) (*ClaimSettlementResolutionExceedsHeld, error) {
	out := new(ClaimSettlementResolutionExceedsHeld)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ResolutionExceedsHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementReversalTooLarge represents a ReversalTooLarge error raised by the ClaimSettlement contract.
type ClaimSettlementReversalTooLarge struct {
	Index *big.Int
	Cents *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReversalTooLarge(uint256 index, uint256 cents)
func ClaimSettlementReversalTooLargeErrorID() common.Hash {
	return common.HexToHash("0xa2ee1e8ab75840fab2af793eaa413d44b00cc28223bd062cbcad023558062668")
}

// UnpackReversalTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReversalTooLarge(uint256 index, uint256 cents)
func (claimSettlement *ClaimSettlement) UnpackReversalTooLargeError(raw []byte) (*ClaimSettlementReversalTooLarge, error) {
	out := new(ClaimSettlementReversalTooLarge)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ReversalTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the ClaimSettlement contract.
type ClaimSettlementSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func ClaimSettlementSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (claimSettlement *ClaimSettlement) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*ClaimSettlementSafeCastOverflowedUintDowncast, error) {
	out := new(ClaimSettlementSafeCastOverflowedUintDowncast)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
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

// ClaimSettlementUnknownBatch represents a UnknownBatch error raised by the ClaimSettlement contract.
type ClaimSettlementUnknownBatch struct {
	BatchId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBatch(uint256 batchId)
func ClaimSettlementUnknownBatchErrorID() common.Hash {
	return common.HexToHash("0x4392ee6a277b6a3f727911895d8c530bb19e11ffc893c9dfe3b57d6fde293d28")
}

// UnpackUnknownBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBatch(uint256 batchId)
func (claimSettlement *ClaimSettlement) UnpackUnknownBatchError(raw []byte) (*ClaimSettlementUnknownBatch, error) {
	out := new(ClaimSettlementUnknownBatch)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "UnknownBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementUnsortedCredits represents a UnsortedCredits error raised by the ClaimSettlement contract.
type ClaimSettlementUnsortedCredits struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsortedCredits(uint256 index)
func ClaimSettlementUnsortedCreditsErrorID() common.Hash {
	return common.HexToHash("0xcf50ea61108bde83da1537295e0713cd4ddd0b373814a2a530538f0d278e7991")
}

// UnpackUnsortedCreditsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsortedCredits(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackUnsortedCreditsError(raw []byte) (*ClaimSettlementUnsortedCredits, error) {
	out := new(ClaimSettlementUnsortedCredits)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "UnsortedCredits", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementWindowCapExceeded represents a WindowCapExceeded error raised by the ClaimSettlement contract.
type ClaimSettlementWindowCapExceeded struct {
	Total     *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowCapExceeded(uint256 total, uint256 available)
func ClaimSettlementWindowCapExceededErrorID() common.Hash {
	return common.HexToHash("0x703308c7350529ead6e8dfcc0a53036e95350b4629212a91c4693b17ff9232fd")
}

// UnpackWindowCapExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowCapExceeded(uint256 total, uint256 available)
func (claimSettlement *ClaimSettlement) UnpackWindowCapExceededError(raw []byte) (*ClaimSettlementWindowCapExceeded, error) {
	out := new(ClaimSettlementWindowCapExceeded)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "WindowCapExceeded", raw); err != nil {
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

// ClaimSettlementZeroCredit represents a ZeroCredit error raised by the ClaimSettlement contract.
type ClaimSettlementZeroCredit struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCredit(uint256 index)
func ClaimSettlementZeroCreditErrorID() common.Hash {
	return common.HexToHash("0x2b6c955003dca9d3d4a2d0a2044a99170987c2a46878dd512f997942d86a81aa")
}

// UnpackZeroCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCredit(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroCreditError(raw []byte) (*ClaimSettlementZeroCredit, error) {
	out := new(ClaimSettlementZeroCredit)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroCreditKey represents a ZeroCreditKey error raised by the ClaimSettlement contract.
type ClaimSettlementZeroCreditKey struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCreditKey(uint256 index)
func ClaimSettlementZeroCreditKeyErrorID() common.Hash {
	return common.HexToHash("0x45e43b2f3c72fb3f677dab73e78709a0c29649074c42fdc53eac71eff5fc2004")
}

// UnpackZeroCreditKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCreditKey(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroCreditKeyError(raw []byte) (*ClaimSettlementZeroCreditKey, error) {
	out := new(ClaimSettlementZeroCreditKey)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroCreditKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroReversalKey represents a ZeroReversalKey error raised by the ClaimSettlement contract.
type ClaimSettlementZeroReversalKey struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReversalKey(uint256 index)
func ClaimSettlementZeroReversalKeyErrorID() common.Hash {
	return common.HexToHash("0x4d65a21a86f9d174ed506ac6c2df20b9e16c94c20473616dd585fc2020896cb7")
}

// UnpackZeroReversalKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReversalKey(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroReversalKeyError(raw []byte) (*ClaimSettlementZeroReversalKey, error) {
	out := new(ClaimSettlementZeroReversalKey)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroReversalKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ClaimSettlementZeroReversalLeaf represents a ZeroReversalLeaf error raised by the ClaimSettlement contract.
type ClaimSettlementZeroReversalLeaf struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroReversalLeaf(uint256 index)
func ClaimSettlementZeroReversalLeafErrorID() common.Hash {
	return common.HexToHash("0xbc593712d4d636c9e9f2190feb31530adb47073fe46caf9f9a742c213da8a588")
}

// UnpackZeroReversalLeafError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroReversalLeaf(uint256 index)
func (claimSettlement *ClaimSettlement) UnpackZeroReversalLeafError(raw []byte) (*ClaimSettlementZeroReversalLeaf, error) {
	out := new(ClaimSettlementZeroReversalLeaf)
	if err := claimSettlement.abi.UnpackIntoInterface(out, "ZeroReversalLeaf", raw); err != nil {
		return nil, err
	}
	return out, nil
}
