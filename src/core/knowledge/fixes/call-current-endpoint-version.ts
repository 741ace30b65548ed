/** Fix shared by several errors: Call the current endpoint version, or upgrade the library */
import type { Fix } from '../types';

export const callCurrentEndpointVersionFix: Fix = {
  title: 'Call the current endpoint version, or upgrade the library',
  steps: [
    'Read the path in the error or in your log. When Binance names the replacement (“… is retired, please use …”), call that one; otherwise look the endpoint up in the current API docs and the change log.',
    'If a library makes the call, upgrade it to a release that uses the current version (its changelog names the endpoint). Until one is out, call the new path through the library’s raw or signed-request method, or change the API version setting it keeps, if it has one.',
    'Check the answer of the new version before you rely on it: a newer version can add, rename or drop fields.',
    'Follow the API change log, which announces each retirement weeks ahead.',
  ],
};
