/** Every knowledge module of the filters family, one per error or tight group of errors. */
import invalidOrderStatus from './invalid-order-status';
import priceLessThanZero from './price-less-than-zero';
import priceGreaterThanMaxPrice from './price-greater-than-max-price';
import qtyLessThanZero from './qty-less-than-zero';
import qtyLessThanMinQty from './qty-less-than-min-qty';
import qtyGreaterThanMaxQty from './qty-greater-than-max-qty';
import stopPriceLessThanZero from './stop-price-less-than-zero';
import stopPriceGreaterThanMaxPrice from './stop-price-greater-than-max-price';
import tickSizeLessThanZero from './tick-size-less-than-zero';
import maxPriceLessThanMinPrice from './max-price-less-than-min-price';
import maxQtyLessThanMinQty from './max-qty-less-than-min-qty';
import stepSizeLessThanZero from './step-size-less-than-zero';
import maxNumOrdersLessThanZero from './max-num-orders-less-than-zero';
import priceLessThanMinPrice from './price-less-than-min-price';
import priceNotIncreasedByTickSize from './price-not-increased-by-tick-size';
import invalidClOrdIdLen from './invalid-cl-ord-id-len';
import priceHighterThanMultiplierUp from './price-highter-than-multiplier-up';
import multiplierUpLessThanZero from './multiplier-up-less-than-zero';
import multiplierDownLessThanZero from './multiplier-down-less-than-zero';
import compositeScaleOverflow from './composite-scale-overflow';
import targetStrategyInvalid from './target-strategy-invalid';
import invalidDepthLimit from './invalid-depth-limit';
import wrongMarketStatus from './wrong-market-status';
import qtyNotIncreasedByStepSize from './qty-not-increased-by-step-size';
import priceLowerThanMultiplierDown from './price-lower-than-multiplier-down';
import multiplierDecimalLessThanZero from './multiplier-decimal-less-than-zero';
import commissionInvalid from './commission-invalid';
import invalidAccountType from './invalid-account-type';
import invalidLeverage from './invalid-leverage';
import invalidTickSizePrecision from './invalid-tick-size-precision';
import invalidStepSizePrecision from './invalid-step-size-precision';
import invalidWorkingType from './invalid-working-type';
import exceedMaxCancelOrderSize from './exceed-max-cancel-order-size';
import insuranceAccountNotFound from './insurance-account-not-found';
import invalidBalanceType from './invalid-balance-type';
import maxStopOrderExceeded from './max-stop-order-exceeded';
import noNeedToChangeMarginType from './no-need-to-change-margin-type';
import thereExistsOpenOrders from './there-exists-open-orders';
import thereExistsQuantity from './there-exists-quantity';
import addIsolatedMarginReject from './add-isolated-margin-reject';
import crossBalanceInsufficient from './cross-balance-insufficient';
import isolatedBalanceInsufficient from './isolated-balance-insufficient';
import noNeedToChangeAutoAddMargin from './no-need-to-change-auto-add-margin';
import autoAddCrossedMarginReject from './auto-add-crossed-margin-reject';
import addIsolatedMarginNoPositionReject from './add-isolated-margin-no-position-reject';
import amountMustBePositive from './amount-must-be-positive';
import invalidApiKeyType from './invalid-api-key-type';
import invalidRsaPublicKey from './invalid-rsa-public-key';
import maxPriceTooLarge from './max-price-too-large';
import noNeedToChangePositionSide from './no-need-to-change-position-side';
import invalidPositionSide from './invalid-position-side';
import positionSideNotMatch from './position-side-not-match';
import reduceOnlyConflict from './reduce-only-conflict';
import invalidOptionsRequestType from './invalid-options-request-type';
import invalidOptionsTimeFrame from './invalid-options-time-frame';
import invalidOptionsAmount from './invalid-options-amount';
import invalidOptionsEventType from './invalid-options-event-type';
import positionSideChangeExistsOpenOrders from './position-side-change-exists-open-orders';
import positionSideChangeExistsQuantity from './position-side-change-exists-quantity';
import invalidOptionsPremiumFee from './invalid-options-premium-fee';
import invalidClOptionsIdLen from './invalid-cl-options-id-len';
import invalidOptionsDirection from './invalid-options-direction';
import optionsPremiumNotUpdate from './options-premium-not-update';
import optionsPremiumInputLessThanZero from './options-premium-input-less-than-zero';
import optionsAmountBiggerThanUpper from './options-amount-bigger-than-upper';
import optionsPremiumOutputZero from './options-premium-output-zero';
import optionsPremiumTooDiff from './options-premium-too-diff';
import optionsPremiumReachLimit from './options-premium-reach-limit';
import optionsCommonError from './options-common-error';
import invalidOptionsId from './invalid-options-id';
import optionsUserNotFound from './options-user-not-found';
import optionsNotFound from './options-not-found';
import invalidBatchPlaceOrderSize from './invalid-batch-place-order-size';
import placeBatchOrdersFail from './place-batch-orders-fail';
import upcomingMethod from './upcoming-method';
import invalidNotionalLimitCoef from './invalid-notional-limit-coef';
import invalidPriceSpreadThreshold from './invalid-price-spread-threshold';
import reduceOnlyOrderPermission from './reduce-only-order-permission';
import noPlaceOrderPermission from './no-place-order-permission';
import invalidPair from './invalid-pair';
import invalidTimeInterval from './invalid-time-interval';
import invalidContractType from './invalid-contract-type';
import symbolReduceOnly from './symbol-reduce-only';
import symbolReduceOnlyBuy from './symbol-reduce-only-buy';
import symbolReduceOnlySell from './symbol-reduce-only-sell';
import inactiveAccount from './inactive-account';
import invalidClientTranIdLen from './invalid-client-tran-id-len';
import duplicatedClientTranId from './duplicated-client-tran-id';
import duplicatedClientOrderId from './duplicated-client-order-id';
import stopOrderTriggering from './stop-order-triggering';
import reduceOnlyMarginCheckFailed from './reduce-only-margin-check-failed';
import stopOrderSwitchAlgo from './stop-order-switch-algo';
import marketOrderReject from './market-order-reject';
import invalidActivationPrice from './invalid-activation-price';
import quantityExistsWithClosePosition from './quantity-exists-with-close-position';
import reduceOnlyMustBeTrue from './reduce-only-must-be-true';
import orderTypeCannotBeMkt from './order-type-cannot-be-mkt';
import invalidOpeningPositionStatus from './invalid-opening-position-status';
import symbolAlreadyClosed from './symbol-already-closed';
import strategyInvalidTriggerPrice from './strategy-invalid-trigger-price';
import isolatedLeverageRejectWithPosition from './isolated-leverage-reject-with-position';
import minNotional from './min-notional';
import isolatedRejectWithJointMargin from './isolated-reject-with-joint-margin';
import jointMarginRejectWithIsolated from './joint-margin-reject-with-isolated';
import jointMarginRejectWithMb from './joint-margin-reject-with-mb';
import jointMarginRejectWithOpenOrder from './joint-margin-reject-with-open-order';
import noNeedToChangeJointMargin from './no-need-to-change-joint-margin';
import jointMarginRejectWithNegativeBalance from './joint-margin-reject-with-negative-balance';
import isolatedRejectWithJointMargin2 from './isolated-reject-with-joint-margin-2';
import priceLowerThanStopMultiplierDown from './price-lower-than-stop-multiplier-down';
import accountReduceOnly from './account-reduce-only';
import coolingOffPeriod from './cooling-off-period';
import adjustLeverageKycFailed from './adjust-leverage-kyc-failed';
import adjustLeverageOneMonthFailed from './adjust-leverage-one-month-failed';
import adjustLeverageXDaysFailed from './adjust-leverage-x-days-failed';
import adjustLeverageKycLimit from './adjust-leverage-kyc-limit';
import adjustLeverageAccountSymbolFailed from './adjust-leverage-account-symbol-failed';
import adjustLeverageSymbolFailed from './adjust-leverage-symbol-failed';
import stopPriceHigherThanPriceMultiplierLimit from './stop-price-higher-than-price-multiplier-limit';
import stopPriceLowerThanPriceMultiplierLimit from './stop-price-lower-than-price-multiplier-limit';
import cannotChangeDualSide from './cannot-change-dual-side';
import tradingQuantitativeRule from './trading-quantitative-rule';
import largePositionSymRule from './large-position-sym-rule';
import complianceBlackSymbolRestriction from './compliance-black-symbol-restriction';
import adjustLeverageComplianceFailed from './adjust-leverage-compliance-failed';
import pmUmReduceOnlyOnly from './pm-um-reduce-only-only';
import code4531 from './code-4531';
import type { Knowledge } from '../../types';

/** The filters family's knowledge. */
const family: readonly Knowledge[] = [
  invalidOrderStatus,
  priceLessThanZero,
  priceGreaterThanMaxPrice,
  qtyLessThanZero,
  qtyLessThanMinQty,
  qtyGreaterThanMaxQty,
  stopPriceLessThanZero,
  stopPriceGreaterThanMaxPrice,
  tickSizeLessThanZero,
  maxPriceLessThanMinPrice,
  maxQtyLessThanMinQty,
  stepSizeLessThanZero,
  maxNumOrdersLessThanZero,
  priceLessThanMinPrice,
  priceNotIncreasedByTickSize,
  invalidClOrdIdLen,
  priceHighterThanMultiplierUp,
  multiplierUpLessThanZero,
  multiplierDownLessThanZero,
  compositeScaleOverflow,
  targetStrategyInvalid,
  invalidDepthLimit,
  wrongMarketStatus,
  qtyNotIncreasedByStepSize,
  priceLowerThanMultiplierDown,
  multiplierDecimalLessThanZero,
  commissionInvalid,
  invalidAccountType,
  invalidLeverage,
  invalidTickSizePrecision,
  invalidStepSizePrecision,
  invalidWorkingType,
  exceedMaxCancelOrderSize,
  insuranceAccountNotFound,
  invalidBalanceType,
  maxStopOrderExceeded,
  noNeedToChangeMarginType,
  thereExistsOpenOrders,
  thereExistsQuantity,
  addIsolatedMarginReject,
  crossBalanceInsufficient,
  isolatedBalanceInsufficient,
  noNeedToChangeAutoAddMargin,
  autoAddCrossedMarginReject,
  addIsolatedMarginNoPositionReject,
  amountMustBePositive,
  invalidApiKeyType,
  invalidRsaPublicKey,
  maxPriceTooLarge,
  noNeedToChangePositionSide,
  invalidPositionSide,
  positionSideNotMatch,
  reduceOnlyConflict,
  invalidOptionsRequestType,
  invalidOptionsTimeFrame,
  invalidOptionsAmount,
  invalidOptionsEventType,
  positionSideChangeExistsOpenOrders,
  positionSideChangeExistsQuantity,
  invalidOptionsPremiumFee,
  invalidClOptionsIdLen,
  invalidOptionsDirection,
  optionsPremiumNotUpdate,
  optionsPremiumInputLessThanZero,
  optionsAmountBiggerThanUpper,
  optionsPremiumOutputZero,
  optionsPremiumTooDiff,
  optionsPremiumReachLimit,
  optionsCommonError,
  invalidOptionsId,
  optionsUserNotFound,
  optionsNotFound,
  invalidBatchPlaceOrderSize,
  placeBatchOrdersFail,
  upcomingMethod,
  invalidNotionalLimitCoef,
  invalidPriceSpreadThreshold,
  reduceOnlyOrderPermission,
  noPlaceOrderPermission,
  invalidPair,
  invalidTimeInterval,
  invalidContractType,
  symbolReduceOnly,
  symbolReduceOnlyBuy,
  symbolReduceOnlySell,
  inactiveAccount,
  invalidClientTranIdLen,
  duplicatedClientTranId,
  duplicatedClientOrderId,
  stopOrderTriggering,
  reduceOnlyMarginCheckFailed,
  stopOrderSwitchAlgo,
  marketOrderReject,
  invalidActivationPrice,
  quantityExistsWithClosePosition,
  reduceOnlyMustBeTrue,
  orderTypeCannotBeMkt,
  invalidOpeningPositionStatus,
  symbolAlreadyClosed,
  strategyInvalidTriggerPrice,
  isolatedLeverageRejectWithPosition,
  minNotional,
  isolatedRejectWithJointMargin,
  jointMarginRejectWithIsolated,
  jointMarginRejectWithMb,
  jointMarginRejectWithOpenOrder,
  noNeedToChangeJointMargin,
  jointMarginRejectWithNegativeBalance,
  isolatedRejectWithJointMargin2,
  priceLowerThanStopMultiplierDown,
  accountReduceOnly,
  coolingOffPeriod,
  adjustLeverageKycFailed,
  adjustLeverageOneMonthFailed,
  adjustLeverageXDaysFailed,
  adjustLeverageKycLimit,
  adjustLeverageAccountSymbolFailed,
  adjustLeverageSymbolFailed,
  stopPriceHigherThanPriceMultiplierLimit,
  stopPriceLowerThanPriceMultiplierLimit,
  cannotChangeDualSide,
  tradingQuantitativeRule,
  largePositionSymRule,
  complianceBlackSymbolRestriction,
  adjustLeverageComplianceFailed,
  pmUmReduceOnlyOnly,
  code4531,
];

export default family;
