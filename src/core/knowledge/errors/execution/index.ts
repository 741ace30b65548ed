/** Every knowledge module of the execution family, one per error or tight group of errors. */
import spotInvalidMessage from './spot-invalid-message';
import invalidMessage from './invalid-message';
import fokOrderReject from './fok-order-reject';
import gtxOrderReject from './gtx-order-reject';
import moveOrderNotAllowedSymbolReason from './move-order-not-allowed-symbol-reason';
import limitOrderOnly from './limit-order-only';
import exceedMaximumModifyOrderLimit from './exceed-maximum-modify-order-limit';
import sameOrder from './same-order';
import meRecvwindowReject from './me-recvwindow-reject';
import modificationMinNotional from './modification-min-notional';
import invalidPriceMatch from './invalid-price-match';
import unsupportedOrderTypePriceMatch from './unsupported-order-type-price-match';
import invalidSelfTradePreventionMode from './invalid-self-trade-prevention-mode';
import futureGoodTillDate from './future-good-till-date';
import usdmBboOrderReject from './usdm-bbo-order-reject';
import pmTooManyRequestsInQueue from './pm-too-many-requests-in-queue';
import existingPendingModification from './existing-pending-modification';
import pmExceedMaxBorrowable from './pm-exceed-max-borrowable';
import pmHasPendingTransaction from './pm-has-pending-transaction';
import pmAssetAdminBanBorrow from './pm-asset-admin-ban-borrow';
import pmInsufficientLoanableAsset from './pm-insufficient-loanable-asset';
import pmLiquidationInProgress from './pm-liquidation-in-progress';
import pmNetAssetMustLteRatio from './pm-net-asset-must-lte-ratio';
import pmExceedPriceLimit from './pm-exceed-price-limit';
import pmPmFunctionNotSupported from './pm-pm-function-not-supported';
import pmSystemBusy from './pm-system-busy';
import pmUnknown from './pm-unknown';
import type { Knowledge } from '../../types';

/** The execution family's knowledge. */
const family: readonly Knowledge[] = [
  spotInvalidMessage,
  invalidMessage,
  fokOrderReject,
  gtxOrderReject,
  moveOrderNotAllowedSymbolReason,
  limitOrderOnly,
  exceedMaximumModifyOrderLimit,
  sameOrder,
  meRecvwindowReject,
  modificationMinNotional,
  invalidPriceMatch,
  unsupportedOrderTypePriceMatch,
  invalidSelfTradePreventionMode,
  futureGoodTillDate,
  usdmBboOrderReject,
  pmTooManyRequestsInQueue,
  existingPendingModification,
  pmExceedMaxBorrowable,
  pmHasPendingTransaction,
  pmAssetAdminBanBorrow,
  pmInsufficientLoanableAsset,
  pmLiquidationInProgress,
  pmNetAssetMustLteRatio,
  pmExceedPriceLimit,
  pmPmFunctionNotSupported,
  pmSystemBusy,
  pmUnknown,
];

export default family;
