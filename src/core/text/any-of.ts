/** Cheap first tests for lists of rules. */

/**
 * One case-insensitive alternation of several rules, as a cheap first test: a text it does not match
 * matches none of them, so the rules need not run one by one. That holds because adding the `i` flag only
 * widens what a rule matches, unless the rule is case-sensitive and holds a negative lookaround or a
 * negated class (`[^a]` under `i` excludes `A` too); a rule with a backreference or other flags
 * (`s`, `u`, `m` …) cannot be merged either. For such lists the test
 * is dropped (it always passes).
 */
export function anyOf(res: readonly RegExp[]): RegExp {
  const mergeable = res.every((re) => /^[gi]*$/.test(re.flags) && !/\\[1-9k]/.test(re.source) && (re.ignoreCase || !/\(\?<?!|\[\^/.test(re.source)));
  return mergeable ? new RegExp(res.map((re) => `(?:${re.source})`).join('|'), 'i') : /(?:)/;
}
