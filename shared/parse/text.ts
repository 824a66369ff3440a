/**
 * Joining the lines of a motion as a careful reader would: a word broken
 * with a hyphen at the end of a line is joined ("compan-" + "ies"), every
 * other line break becomes one space.
 */

/** Hyphens that belong to the word: "self-" + "employed" stays "self-employed". */
const keptHyphenPrefixes = new Set(['self', 'well', 'ex', 'all', 'cross', 'half', 'part', 'full', 'non', 'co', 'anti', 'post', 'pre', 'multi', 'long', 'short', 'high', 'low', 'one', 'two', 'three', 'four', 'five']);

export function joinLines(lines: string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim().replace(/\s+/g, ' ');
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    // Only the end of the text can hold a broken word: the pattern is tried on it alone.
    const broken = text.endsWith('-') ? /(\p{L}+)-$/u.exec(text.slice(-80)) : null;
    // "Anti-" + "Racism": a hyphen before a capital belongs to the word.
    if (broken && /^\p{Lu}/u.test(line)) text += line;
    else if (broken && /^\p{Ll}/u.test(line)) {
      const fragment = broken[1]!.toLowerCase();
      const lastWord = /(?:^|[\s(“"'‘])([\p{L}-]+)-$/u.exec(text)?.[1]?.toLowerCase() ?? fragment;
      text = keptHyphenPrefixes.has(fragment) || lastWord.includes('-') ? text + line : text.slice(0, -1) + line;
    } else text = `${text} ${line}`;
  }
  return text;
}
