import { useId, useState } from 'react';
import { MajorityRule, PercentBase, type Settings } from '../../shared/model';
import { logoFrom } from '../../shared/report/image';
import { Paper, ReportOptions, type Logo } from '../../shared/report/model';
import { ruleNames } from './rule-names';

type Props = { settings: Settings; report: ReportOptions; onChange(settings: Settings, report: ReportOptions): void; onClose(): void };

const baseNames: Record<PercentBase, string> = { 'for-against': 'For and against', cast: 'All votes cast', voters: 'The stated voters' };
const paperNames: Record<Paper, string> = { a4: 'A4', letter: 'Letter' };

/** The report's heading, the counting rules and the page, for the document open; saved with it in its .tally file. */
export function SettingsPanel({ settings, report, onChange, onClose }: Props) {
  const id = useId();
  const [problem, setProblem] = useState('');
  const setReport = (change: Partial<Record<keyof ReportOptions, unknown>>) => {
    const parsed = ReportOptions.safeParse({ ...report, ...change });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? 'That value cannot be used.');
    setProblem('');
    onChange(settings, parsed.data);
  };
  const text = (name: 'title' | 'organisation' | 'meeting' | 'place', label: string) => (
    <label htmlFor={`${id}-${name}`}>
      {label}
      <input id={`${id}-${name}`} defaultValue={report[name] ?? ''} onChange={(event) => setReport({ [name]: event.target.value.trim() || null })} />
    </label>
  );
  const choice = (name: string, label: string, value: string, options: Record<string, string>, choose: (value: string) => void) => (
    <label htmlFor={`${id}-${name}`}>
      {label}
      <select id={`${id}-${name}`} value={value} onChange={(event) => choose(event.target.value)}>
        {Object.entries(options).map(([option, text]) => <option key={option} value={option}>{text}</option>)}
      </select>
    </label>
  );
  const chooseLogo = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const checked = logoFrom(bytes);
    if (typeof checked === 'string') return setProblem(`${file.name} ${checked}`);
    const logo: Logo = { ...checked, base64: btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')) };
    setReport({ logo });
  };
  return (
    <section className="settings" aria-label="Report settings">
      <header>
        <h2>Report settings</h2>
        <button onClick={onClose}>Close</button>
      </header>
      <div className="settings-grid">
        {text('title', 'Title (instead of the file’s)')}
        {text('organisation', 'Organisation')}
        {text('meeting', 'Meeting')}
        {text('place', 'Place')}
        <label htmlFor={`${id}-date`}>
          Date of the meeting
          <input id={`${id}-date`} type="date" defaultValue={report.date ?? ''} onChange={(event) => setReport({ date: event.target.value || null })} />
        </label>
        {choice('rule', 'Majority rule', settings.rule, ruleNames, (rule) => onChange({ ...settings, rule: MajorityRule.parse(rule) }, report))}
        {choice('base', 'Percentages of', settings.base, baseNames, (base) => onChange({ ...settings, base: PercentBase.parse(base) }, report))}
        {choice('decimals', 'Decimal places', String(settings.decimals), { 0: '0', 1: '1', 2: '2' }, (decimals) => onChange({ ...settings, decimals: Number(decimals) }, report))}
        {choice('paper', 'Paper', report.paper, paperNames, (paper) => setReport({ paper: Paper.parse(paper) }))}
        <label className="check" htmlFor={`${id}-landscape`}>
          <input id={`${id}-landscape`} type="checkbox" checked={report.landscape} onChange={(event) => setReport({ landscape: event.target.checked })} />
          Landscape
        </label>
        <label className="check" htmlFor={`${id}-bars`}>
          <input id={`${id}-bars`} type="checkbox" checked={report.bars} onChange={(event) => setReport({ bars: event.target.checked })} />
          Bars beside the percentages
        </label>
        <label className="check" htmlFor={`${id}-surrounding`}>
          <input id={`${id}-surrounding`} type="checkbox" checked={report.surroundingText} onChange={(event) => setReport({ surroundingText: event.target.checked })} />
          Preamble, notes and closing from the file
        </label>
        <label htmlFor={`${id}-logo`}>
          Logo (PNG or JPEG)
          <input id={`${id}-logo`} type="file" accept="image/png,image/jpeg" onChange={(event) => void chooseLogo(event.target.files?.[0])} />
        </label>
        {report.logo && <button onClick={() => setReport({ logo: null })}>Remove the logo</button>}
      </div>
      {problem && <p className="settings-problem" role="alert">{problem}</p>}
    </section>
  );
}
