/** Every knowledge module of the request family, one per error or tight group of errors. */
import illegalChars from './illegal-chars';
import badRecvWindow from './bad-recv-window';
import spotBadSymbol from './spot-bad-symbol';
import spotParamNotRequired from './spot-param-not-required';
import usdmOptionalParamsBadCombo from './usdm-optional-params-bad-combo';
import tooManyParameters from './too-many-parameters';
import mandatoryParamEmptyOrMalformed from './mandatory-param-empty-or-malformed';
import unreadParameters from './unread-parameters';
import paramNotRequired from './param-not-required';
import badPrecision from './bad-precision';
import spotBadPrecision from './spot-bad-precision';
import invalidOrderType from './invalid-order-type';
import badSymbol from './bad-symbol';
import invalidListenKey from './invalid-listen-key';
import spotInvalidListenKey from './spot-invalid-listen-key';
import moreThanXxHours from './more-than-xx-hours';
import unknownParam from './unknown-param';
import paramEmpty from './param-empty';
import badAccount from './bad-account';
import badInstrumentType from './bad-instrument-type';
import noDepth from './no-depth';
import withdrawNotNegative from './withdraw-not-negative';
import tifNotRequired from './tif-not-required';
import invalidTif from './invalid-tif';
import invalidSide from './invalid-side';
import emptyNewClOrdId from './empty-new-cl-ord-id';
import emptyOrgClOrdId from './empty-org-cl-ord-id';
import badInterval from './bad-interval';
import invalidSymbolStatus from './invalid-symbol-status';
import optionalParamsBadCombo from './optional-params-bad-combo';
import invalidParameter from './invalid-parameter';
import invalidNewOrderRespType from './invalid-new-order-resp-type';
import badAsset from './bad-asset';
import usdmAssetNotSupported from './usdm-asset-not-supported';
import spotParamOverflow from './spot-param-overflow';
import spotBadStrategyType from './spot-bad-strategy-type';
import spotInvalidJson from './spot-invalid-json';
import spotInvalidTickerType from './spot-invalid-ticker-type';
import spotInvalidCancelRestrictions from './spot-invalid-cancel-restrictions';
import spotDuplicateSymbols from './spot-duplicate-symbols';
import spotInvalidSbeHeader from './spot-invalid-sbe-header';
import spotUnsupportedSchemaId from './spot-unsupported-schema-id';
import spotSbeDisabled from './spot-sbe-disabled';
import spotOcoOrderTypeRejected from './spot-oco-order-type-rejected';
import spotOcoIcebergqtyTimeinforce from './spot-oco-icebergqty-timeinforce';
import spotDeprecatedSchema from './spot-deprecated-schema';
import spotBuyOcoLimitMustBeBelow from './spot-buy-oco-limit-must-be-below';
import spotSellOcoLimitMustBeAbove from './spot-sell-oco-limit-must-be-above';
import spotBothOcoOrdersCannotBeLimit from './spot-both-oco-orders-cannot-be-limit';
import spotInvalidTagNumber from './spot-invalid-tag-number';
import spotTagNotDefinedInMessage from './spot-tag-not-defined-in-message';
import spotTagAppearsMoreThanOnce from './spot-tag-appears-more-than-once';
import spotTagOutOfOrder from './spot-tag-out-of-order';
import spotGroupFieldsOutOfOrder from './spot-group-fields-out-of-order';
import spotInvalidComponent from './spot-invalid-component';
import spotResetSeqNumSupport from './spot-reset-seq-num-support';
import spotAlreadyLoggedIn from './spot-already-logged-in';
import spotGarbledMessage from './spot-garbled-message';
import spotBadSenderCompid from './spot-bad-sender-compid';
import spotBadSeqNum from './spot-bad-seq-num';
import spotExpectedLogon from './spot-expected-logon';
import spotTooManyMessages from './spot-too-many-messages';
import spotParamsBadCombo from './spot-params-bad-combo';
import spotNotAllowedInDropCopySessions from './spot-not-allowed-in-drop-copy-sessions';
import spotDropCopySessionNotAllowed from './spot-drop-copy-session-not-allowed';
import spotDropCopySessionRequired from './spot-drop-copy-session-required';
import spotNotAllowedInOrderEntrySessions from './spot-not-allowed-in-order-entry-sessions';
import spotNotAllowedInMarketDataSessions from './spot-not-allowed-in-market-data-sessions';
import spotIncorrectNumInGroupCount from './spot-incorrect-num-in-group-count';
import spotDuplicateEntriesInAGroup from './spot-duplicate-entries-in-a-group';
import spotInvalidRequestId from './spot-invalid-request-id';
import spotTooManySubscriptions from './spot-too-many-subscriptions';
import spotInvalidTimeUnit from './spot-invalid-time-unit';
import spotBuyOcoStopLossMustBeAbove from './spot-buy-oco-stop-loss-must-be-above';
import spotSellOcoStopLossMustBeBelow from './spot-sell-oco-stop-loss-must-be-below';
import spotBuyOcoTakeProfitMustBeBelow from './spot-buy-oco-take-profit-must-be-below';
import spotSellOcoTakeProfitMustBeAbove from './spot-sell-oco-take-profit-must-be-above';
import spotInvalidPegPriceType from './spot-invalid-peg-price-type';
import spotInvalidPegOffsetType from './spot-invalid-peg-offset-type';
import spotSymbolDoesNotMatchStatus from './spot-symbol-does-not-match-status';
import spotInvalidSbeMessageField from './spot-invalid-sbe-message-field';
import spotOpoWorkingMustBeBuy from './spot-opo-working-must-be-buy';
import spotOpoPendingMustBeSell from './spot-opo-pending-must-be-sell';
import spotWorkingParamRequired from './spot-working-param-required';
import spotPendingParamNotRequired from './spot-pending-param-not-required';
import type { Knowledge } from '../../types';

/** The request family's knowledge. */
const family: readonly Knowledge[] = [
  illegalChars,
  tooManyParameters,
  mandatoryParamEmptyOrMalformed,
  unreadParameters,
  paramNotRequired,
  badPrecision,
  spotBadPrecision,
  invalidOrderType,
  badSymbol,
  invalidListenKey,
  spotInvalidListenKey,
  moreThanXxHours,
  unknownParam,
  paramEmpty,
  badAccount,
  badInstrumentType,
  noDepth,
  withdrawNotNegative,
  tifNotRequired,
  invalidTif,
  invalidSide,
  emptyNewClOrdId,
  emptyOrgClOrdId,
  badInterval,
  invalidSymbolStatus,
  optionalParamsBadCombo,
  invalidParameter,
  invalidNewOrderRespType,
  badAsset,
  usdmAssetNotSupported,
  spotParamOverflow,
  spotBadStrategyType,
  spotInvalidJson,
  spotInvalidTickerType,
  spotInvalidCancelRestrictions,
  spotDuplicateSymbols,
  spotInvalidSbeHeader,
  spotUnsupportedSchemaId,
  spotSbeDisabled,
  spotOcoOrderTypeRejected,
  spotOcoIcebergqtyTimeinforce,
  spotDeprecatedSchema,
  spotBuyOcoLimitMustBeBelow,
  spotSellOcoLimitMustBeAbove,
  spotBothOcoOrdersCannotBeLimit,
  spotInvalidTagNumber,
  spotTagNotDefinedInMessage,
  spotTagAppearsMoreThanOnce,
  spotTagOutOfOrder,
  spotGroupFieldsOutOfOrder,
  spotInvalidComponent,
  spotResetSeqNumSupport,
  spotAlreadyLoggedIn,
  spotGarbledMessage,
  spotBadSenderCompid,
  spotBadSeqNum,
  spotExpectedLogon,
  spotTooManyMessages,
  spotParamsBadCombo,
  spotNotAllowedInDropCopySessions,
  spotDropCopySessionNotAllowed,
  spotDropCopySessionRequired,
  spotNotAllowedInOrderEntrySessions,
  spotNotAllowedInMarketDataSessions,
  spotIncorrectNumInGroupCount,
  spotDuplicateEntriesInAGroup,
  spotInvalidRequestId,
  spotTooManySubscriptions,
  spotInvalidTimeUnit,
  spotBuyOcoStopLossMustBeAbove,
  spotSellOcoStopLossMustBeBelow,
  spotBuyOcoTakeProfitMustBeBelow,
  spotSellOcoTakeProfitMustBeAbove,
  spotInvalidPegPriceType,
  spotInvalidPegOffsetType,
  spotSymbolDoesNotMatchStatus,
  spotInvalidSbeMessageField,
  spotOpoWorkingMustBeBuy,
  spotOpoPendingMustBeSell,
  spotWorkingParamRequired,
  spotPendingParamNotRequired,
  badRecvWindow,
  spotBadSymbol,
  spotParamNotRequired,
  usdmOptionalParamsBadCombo,
];

export default family;
