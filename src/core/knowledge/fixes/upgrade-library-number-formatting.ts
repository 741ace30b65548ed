/** Fix shared by several errors: Upgrade or patch a library that reformats your numbers */
import type { Fix } from '../types';

export const upgradeLibraryNumberFormattingFix: Fix = {
  title: 'Upgrade or patch a library that reformats your numbers',
  steps: [
    'Compare the value in the request that went out (the library’s debug log, or the URL in the error) with the value your code passed: more decimals, padded zeros or a long tail such as 1.69999999999999 mean the library changed it.',
    'Look for the precision or filter error in the library’s issues and changelog and upgrade to the release that fixed its number formatting or automatic rounding.',
    'Until then, pass values as strings already rounded to the step where the library sends strings unchanged, or patch its formatting so it sends your value as it is.',
  ],
};
