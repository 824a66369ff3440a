import { useEffect, useState } from 'react';
import type { Diagnostic, ParseResult, Settings } from '../../shared/model';
import { quickFixes, type QuickFix } from '../../shared/quick-fixes';

type Found = { request: number; text: string; fixes: QuickFix[] };

/**
 * The current problem's quick fixes. Each is tried on a copy of the text, so
 * they are looked for only when the user asks (choosing a problem, Ctrl+.),
 * once the text they would change has been read and the screen drawn; and
 * they are offered only while the text is still the one they were found in.
 */
export function useQuickFixes(request: number, text: string, parsedText: string, parsed: ParseResult | null, problem: Diagnostic | null, settings: Settings | undefined) {
  const [found, setFound] = useState<Found | null>(null);
  useEffect(() => {
    if (request === 0 || found?.request === request || !parsed || !problem || parsedText !== text) return;
    const timer = setTimeout(() => setFound({ request, text, fixes: quickFixes(text, parsed, problem, settings) }), 0);
    return () => clearTimeout(timer);
  }, [request, found, text, parsedText, parsed, problem, settings]);
  const current = found !== null && found.request === request && found.text === text;
  return { fixes: current ? found.fixes : null, looking: problem !== null && request > 0 && found?.request !== request, foundIn: current ? found.text : null };
}
