/** Every knowledge module of the SAPI family (margin, wallet, asset, savings), one per error or tight group of errors. */
import marginSystemNoAsset from './margin-system-no-asset';
import marginBalanceNotEnough from './margin-balance-not-enough';
import marginBorrowNotAllowed from './margin-borrow-not-allowed';
import marginRepayExceedsLiability from './margin-repay-exceeds-liability';
import marginAccountMissing from './margin-account-missing';
import marginExceedMaxBorrowable from './margin-exceed-max-borrowable';
import marginNotValidAssetPair from './margin-not-valid-asset-pair';
import dustTransfer from './dust-transfer';
import assetService9000 from './asset-service-9000';
import type { Knowledge } from '../../types';

/** The SAPI family's knowledge. */
const family: readonly Knowledge[] = [marginSystemNoAsset, marginBalanceNotEnough, marginBorrowNotAllowed, marginRepayExceedsLiability, marginAccountMissing, marginExceedMaxBorrowable, marginNotValidAssetPair, dustTransfer, assetService9000];

export default family;
