/** Fix shared by several errors: Pin the last version that worked, then upgrade to a fixed one */
import type { Fix } from '../types';

export const pinLastWorkingLibraryVersionFix: Fix = {
  title: 'Pin the last version that worked, then upgrade to a fixed one',
  steps: [
    'Install the previous version (pip install name==x.y.z, npm install name@x.y.z) and confirm the call works again.',
    'Search the library’s issues and changelog for the error and the method you call, and upgrade once a release fixes it.',
    'Report it with the failing method and the version numbers if nobody has.',
  ],
};
