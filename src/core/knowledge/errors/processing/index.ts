/** Every knowledge module of the processing family, one per error or tight group of errors. */
import spotNewOrderRejected from './spot-new-order-rejected';
import cancelRejected from './cancel-rejected';
import spotCancelRejected from './spot-cancel-rejected';
import noSuchOrder from './no-such-order';
import sapiInvalidApiKeyId from './sapi-invalid-api-key-id';
import badApiKeyFmt from './bad-api-key-fmt';
import rejectedMbxKey from './rejected-mbx-key';
import marginNotSufficien from './margin-not-sufficien';
import orderWouldImmediatelyTrigger from './order-would-immediately-trigger';
import reduceOnlyReject from './reduce-only-reject';
import maxLeverageRatio from './max-leverage-ratio';
import newOrderRejected from './new-order-rejected';
import usdmCancelAllFail from './usdm-cancel-all-fail';
import noTradingWindow from './no-trading-window';
import usdmApiKeysLocked from './usdm-api-keys-locked';
import balanceNotSufficient from './balance-not-sufficient';
import unableToFill from './unable-to-fill';
import userInLiquidation from './user-in-liquidation';
import positionNotSufficient from './position-not-sufficient';
import maxOpenOrderExceeded from './max-open-order-exceeded';
import reduceOnlyOrderTypeNotSupported from './reduce-only-order-type-not-supported';
import minLeverageRatio from './min-leverage-ratio';
import code2021 from './code-2021';
import code2022 from './code-2022';
import spotOrderArchived from './spot-order-archived';
import spotSubscriptionActive from './spot-subscription-active';
import spotSubscriptionInactive from './spot-subscription-inactive';
import spotOrderAmendRejected from './spot-order-amend-rejected';
import spotClientOrderIdInvalid from './spot-client-order-id-invalid';
import spotMaximumSubscriptionIds from './spot-maximum-subscription-ids';
import spotNoReferencePrice from './spot-no-reference-price';
import type { Knowledge } from '../../types';

/** The processing family's knowledge. */
const family: readonly Knowledge[] = [
  spotNewOrderRejected,
  cancelRejected,
  spotCancelRejected,
  noSuchOrder,
  badApiKeyFmt,
  rejectedMbxKey,
  marginNotSufficien,
  orderWouldImmediatelyTrigger,
  reduceOnlyReject,
  maxLeverageRatio,
  newOrderRejected,
  usdmCancelAllFail,
  noTradingWindow,
  usdmApiKeysLocked,
  balanceNotSufficient,
  unableToFill,
  userInLiquidation,
  positionNotSufficient,
  maxOpenOrderExceeded,
  reduceOnlyOrderTypeNotSupported,
  minLeverageRatio,
  code2021,
  code2022,
  spotOrderArchived,
  spotSubscriptionActive,
  spotSubscriptionInactive,
  spotOrderAmendRejected,
  spotClientOrderIdInvalid,
  spotMaximumSubscriptionIds,
  spotNoReferencePrice,
  sapiInvalidApiKeyId,
];

export default family;
