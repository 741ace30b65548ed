/** Every knowledge module of the general family, one per error or tight group of errors. */
import unknown from './unknown';
import disconnected from './disconnected';
import unauthorized from './unauthorized';
import tooManyRequests from './too-many-requests';
import duplicateIp from './duplicate-ip';
import noSuchIp from './no-such-ip';
import unexpectedResp from './unexpected-resp';
import timeout from './timeout';
import requestThrottled from './request-throttled';
import spotServerBusy from './spot-server-busy';
import errorMsgReceived from './error-msg-received';
import nonWhiteList from './non-white-list';
import unknownOrderComposition from './unknown-order-composition';
import tooManyOrders from './too-many-orders';
import serviceShuttingDown from './service-shutting-down';
import endpointVersionRetired from './endpoint-version-retired';
import unsupportedOperation from './unsupported-operation';
import invalidTimestamp from './invalid-timestamp';
import invalidSignature from './invalid-signature';
import startTimeGreaterThanEndTime from './start-time-greater-than-end-time';
import notFound from './not-found';
import spotCompIdInUse from './spot-comp-id-in-use';
import spotTooManyConnections from './spot-too-many-connections';
import spotLoggedOut from './spot-logged-out';
import type { Knowledge } from '../../types';

/** The general family's knowledge. */
const family: readonly Knowledge[] = [
  unknown,
  disconnected,
  unauthorized,
  tooManyRequests,
  duplicateIp,
  noSuchIp,
  unexpectedResp,
  timeout,
  requestThrottled,
  spotServerBusy,
  errorMsgReceived,
  nonWhiteList,
  unknownOrderComposition,
  tooManyOrders,
  serviceShuttingDown,
  endpointVersionRetired,
  unsupportedOperation,
  invalidTimestamp,
  invalidSignature,
  startTimeGreaterThanEndTime,
  notFound,
  spotCompIdInUse,
  spotTooManyConnections,
  spotLoggedOut,
];

export default family;
