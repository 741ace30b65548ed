/** Every knowledge module of the SAPI family (margin, wallet and transfers, earn, loans, gift cards, algo, PM pro …), one per error or tight group of errors. */
import marginSystemNoAsset from './margin-system-no-asset';
import marginBalanceNotEnough from './margin-balance-not-enough';
import marginBorrowNotAllowed from './margin-borrow-not-allowed';
import marginRepayExceedsLiability from './margin-repay-exceeds-liability';
import marginAccountMissing from './margin-account-missing';
import marginExceedMaxBorrowable from './margin-exceed-max-borrowable';
import marginNotValidAssetPair from './margin-not-valid-asset-pair';
import dustTransfer from './dust-transfer';
import assetService9000 from './asset-service-9000';
import walletWithdrawAddress from './wallet-withdraw-address';
import walletWithdrawAmount from './wallet-withdraw-amount';
import walletAssetNotOpen from './wallet-asset-not-open';
import walletWithdrawSecurity from './wallet-withdraw-security';
import walletTooFrequent from './wallet-too-frequent';
import walletWithdrawRecords from './wallet-withdraw-records';
import walletAgreement from './wallet-agreement';
import walletDustLimits from './wallet-dust-limits';
import walletTransferBalance from './wallet-transfer-balance';
import walletTransferAccountMissing from './wallet-transfer-account-missing';
import walletTransferPending from './wallet-transfer-pending';
import marginBelowMinimum from './margin-below-minimum';
import marginBusyOrPending from './margin-busy-or-pending';
import marginInternalFailure from './margin-internal-failure';
import marginAssetOrPairRestricted from './margin-asset-or-pair-restricted';
import marginAccountRestricted from './margin-account-restricted';
import marginLevelTooLow from './margin-level-too-low';
import marginBadDate from './margin-bad-date';
import marginInvalidParam from './margin-invalid-param';
import marginPriceIndex from './margin-price-index';
import marginInvitedOnly from './margin-invited-only';
import listenKeyNotFound from './listen-key-not-found';
import subAccountNoRelation from './sub-account-no-relation';
import blvtLimits from './blvt-limits';
import blvtNotAvailable from './blvt-not-available';
import earnAmountLimits from './earn-amount-limits';
import earnBalance from './earn-balance';
import earnOutcomeUnclear from './earn-outcome-unclear';
import earnProductUnavailable from './earn-product-unavailable';
import earnRequestFrequency from './earn-request-frequency';
import earnRequestParams from './earn-request-params';
import loanCoinNotSupported from './loan-coin-not-supported';
import loanCollateralAdjust from './loan-collateral-adjust';
import loanInsufficientAssets from './loan-insufficient-assets';
import loanLimits from './loan-limits';
import loanMaintenance from './loan-maintenance';
import loanOperationFailed from './loan-operation-failed';
import loanOrderNotFound from './loan-order-not-found';
import loanRepayAmount from './loan-repay-amount';
import loanRepayUnavailable from './loan-repay-unavailable';
import loanRequestParams from './loan-request-params';
import sapiOtherAlgoRequest from './sapi-other-algo-request';
import sapiOtherAlgoSize from './sapi-other-algo-size';
import sapiOtherFuturesData from './sapi-other-futures-data';
import sapiOtherGiftCardAmount from './sapi-other-gift-card-amount';
import sapiOtherGiftCardLimits from './sapi-other-gift-card-limits';
import sapiOtherIdentityRejected from './sapi-other-identity-rejected';
import sapiOtherInstLoanAmount from './sapi-other-inst-loan-amount';
import sapiOtherInstLoanBusy from './sapi-other-inst-loan-busy';
import sapiOtherInstLoanSetup from './sapi-other-inst-loan-setup';
import sapiOtherIsolatedBorrowLimit from './sapi-other-isolated-borrow-limit';
import sapiOtherLiquidSwapFrequency from './sapi-other-liquid-swap-frequency';
import sapiOtherPmAccount from './sapi-other-pm-account';
import sapiOtherPmLoanBusy from './sapi-other-pm-loan-busy';
import sapiOtherPmLoanRepay from './sapi-other-pm-loan-repay';
import sapiOtherUnsupportedOperation from './sapi-other-unsupported-operation';
import sapiOtherVerificationFailed from './sapi-other-verification-failed';
import walletWithdrawTravelRule from './wallet-withdraw-travel-rule';
import type { Knowledge } from '../../types';

/** The SAPI family's knowledge. */
const family: readonly Knowledge[] = [
  marginSystemNoAsset,
  marginBalanceNotEnough,
  marginBorrowNotAllowed,
  marginRepayExceedsLiability,
  marginAccountMissing,
  marginExceedMaxBorrowable,
  marginNotValidAssetPair,
  dustTransfer,
  assetService9000,
  walletWithdrawAddress,
  walletWithdrawAmount,
  walletAssetNotOpen,
  walletWithdrawSecurity,
  walletTooFrequent,
  walletWithdrawRecords,
  walletAgreement,
  walletDustLimits,
  walletTransferBalance,
  walletTransferAccountMissing,
  walletTransferPending,
  marginBelowMinimum,
  marginBusyOrPending,
  marginInternalFailure,
  marginAssetOrPairRestricted,
  marginAccountRestricted,
  marginLevelTooLow,
  marginBadDate,
  marginInvalidParam,
  marginPriceIndex,
  marginInvitedOnly,
  listenKeyNotFound,
  subAccountNoRelation,
  blvtLimits,
  blvtNotAvailable,
  earnAmountLimits,
  earnBalance,
  earnOutcomeUnclear,
  earnProductUnavailable,
  earnRequestFrequency,
  earnRequestParams,
  loanCoinNotSupported,
  loanCollateralAdjust,
  loanInsufficientAssets,
  loanLimits,
  loanMaintenance,
  loanOperationFailed,
  loanOrderNotFound,
  loanRepayAmount,
  loanRepayUnavailable,
  loanRequestParams,
  sapiOtherAlgoRequest,
  sapiOtherAlgoSize,
  sapiOtherFuturesData,
  sapiOtherGiftCardAmount,
  sapiOtherGiftCardLimits,
  sapiOtherIdentityRejected,
  sapiOtherInstLoanAmount,
  sapiOtherInstLoanBusy,
  sapiOtherInstLoanSetup,
  sapiOtherIsolatedBorrowLimit,
  sapiOtherLiquidSwapFrequency,
  sapiOtherPmAccount,
  sapiOtherPmLoanBusy,
  sapiOtherPmLoanRepay,
  sapiOtherUnsupportedOperation,
  sapiOtherVerificationFailed,
  walletWithdrawTravelRule,
];

export default family;
