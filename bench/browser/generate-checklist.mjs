// Generates the bench's long checklist: a valid `supplier-audit-checklist/1` definition with
// every answer type, table questions and conditional questions, in English only (the other
// languages fall back to English on screen).
//
//   node bench/browser/generate-checklist.mjs [--sections 20] [--per-section 25] [--tables 5] [OUT]
//
// writes OUT (default: stdout). The default is the bench's 500-question checklist: 20 sections of
// 25 questions, 5 of which are tables. Check the output with `audit-cli check OUT`.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const en = (text) => ({ en: text });

const TOPICS = [
  'identity documents', 'recruitment fees', 'wages and deductions', 'working hours', 'overtime',
  'freedom of movement', 'housing and dormitories', 'debt and advances', 'contracts', 'grievances',
  'subcontracting', 'recruitment agencies', 'child labour', 'health and safety', 'threats and violence',
  'isolation', 'union access', 'migrant workers', 'remediation', 'training',
];

const EVIDENCE = ['document', 'observation', 'worker_interview', 'management_interview', 'recruiter_interview', 'external'];
const SEVERITIES = ['minor', 'major', 'minor', 'major', 'critical'];

/** Filler that makes texts about as long as the bundled checklists' ones. */
const guidanceFor = (topic, n) => en(`Ask at least three workers in private about ${topic}, without a supervisor present, `
  + `and compare what they say with the records for the last three months (item ${n}). Note any difference and who said it.`);

/**
 * The checklist. `sections` × `perSection` questions; the first `tables` sections each hold one
 * table question. Each section opens with a compliance question that a conditional compliance
 * question depends on (`show_if` in no/partial); the other types sit at odd positions and the
 * rest are compliance questions.
 */
export function generateChecklist({ sections = 20, perSection = 25, tables = 5 } = {}) {
  if (perSection < 4) throw new Error('perSection must be at least 4');
  const sources = [1, 2, 3, 4, 5].map((k) => ({ key: `S${k}`, citation: en(`Bench source ${k}: ILO, Indicators of Forced Labour (2012), part ${k}`) }));
  let n = 0;
  const out = [];
  for (let s = 0; s < sections; s++) {
    const topic = `${TOPICS[s % TOPICS.length]}${s >= TOPICS.length ? ` (${Math.floor(s / TOPICS.length) + 1})` : ''}`;
    const sectionId = `s${String(s + 1).padStart(2, '0')}`;
    const questions = [];
    const base = (type) => {
      n += 1;
      return {
        id: `Q${String(n).padStart(4, '0')}`,
        type,
        text: en(`Question ${n} on ${topic}: do the records and the workers agree on how ${topic} are handled at this site?`),
        guidance: guidanceFor(topic, n),
        evidence: [EVIDENCE[n % EVIDENCE.length], EVIDENCE[(n + 2) % EVIDENCE.length]],
        severity: SEVERITIES[n % SEVERITIES.length],
        tags: { ilo: [(n % 11) + 1], oecd_step: (n % 6) + 1, rec: [['1(b)', '1(c)', '2', '3', '4'][n % 5]], sources: [`S${(n % 5) + 1}`] },
      };
    };
    const anchor = { ...base('compliance'), required: true, severity: 'critical' };
    questions.push(anchor);
    // The other types, rotated per section so that short sections (smoke runs) still cover all.
    const others = [
      () => ({ ...base('compliance'), show_if: { question: anchor.id, in: ['no', 'partial'] }, finding_if: ['no', 'partial'] }),
      () => ({ ...base('single_choice'), finding_if: ['cash-late'], options: [
        { id: 'bank', label: en('Bank transfer, on time') },
        { id: 'cash', label: en('Cash, on time') },
        { id: 'cash-late', label: en('Cash, late or partial') }] }),
      () => ({ ...base('multiple_choice'), options: [
        { id: 'direct', label: en('Direct hiring') },
        { id: 'agents', label: en('Recruitment agents') },
        { id: 'referral', label: en('Referral by other workers') },
        { id: 'other', label: en('Other channels') }] }),
      () => base('text'),
      () => ({ ...base('number'), unit: en('workers'), min: 0, max: 5000 }),
      () => base('date'),
      () => ({ ...base('evidence'), max_photos: 3 }),
      () => ({ ...base('single_choice'), options: [
        { id: 'never', label: en('Never') },
        { id: 'sometimes', label: en('Sometimes') },
        { id: 'often', label: en('Often') }] }),
    ];
    const rotated = others.slice(s % others.length).concat(others.slice(0, s % others.length));
    const specials = s < tables ? [() => table(base), ...rotated] : rotated;
    let next = 0;
    for (let i = 1; i < perSection; i++) {
      questions.push(i % 2 === 1 && next < specials.length ? specials[next++]() : base('compliance'));
    }
    out.push({ id: sectionId, title: en(`${s + 1}. ${topic[0].toUpperCase()}${topic.slice(1)}`),
      description: en(`Questions ${questions[0].id}–${questions.at(-1).id} on ${topic}.`), questions });
  }
  return {
    format: 'supplier-audit-checklist/1',
    id: `bench-${sections * perSection}`,
    version: '1.0.0',
    title: en(`Bench checklist, ${sections * perSection} questions`),
    description: en('Generated by bench/browser/generate-checklist.mjs: every answer type, tables and conditional questions.'),
    sources,
    sections: out,
  };
}

function table(base) {
  const options = (ids) => ids.map((id) => ({ id, label: en(id[0].toUpperCase() + id.slice(1)) }));
  return {
    ...base('table'),
    columns: [
      { id: 'risk', label: en('Risk'), type: 'text' },
      { id: 'ilo', label: en('ILO indicators'), type: 'multiple_choice', options: options(['isolation', 'debt', 'documents', 'wages']) },
      { id: 'severity', label: en('Severity'), type: 'number', min: 1, max: 5 },
      { id: 'due', label: en('Deadline'), type: 'date' },
      { id: 'status', label: en('Status'), type: 'single_choice', options: options(['open', 'closed']) },
    ],
  };
}

/** The ids the bench interacts with: unconditional compliance questions, in order, with their section. */
export function plainCompliance(checklist) {
  return checklist.sections.flatMap((section) => section.questions
    .filter((q) => q.type === 'compliance' && !q.show_if)
    .map((q) => ({ id: q.id, section: section.id })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sections: { type: 'string', default: '20' },
      'per-section': { type: 'string', default: '25' },
      tables: { type: 'string', default: '5' },
    },
  });
  const checklist = generateChecklist({ sections: Number(values.sections), perSection: Number(values['per-section']), tables: Number(values.tables) });
  const text = `${JSON.stringify(checklist, null, 1)}\n`;
  if (positionals[0]) writeFileSync(positionals[0], text);
  else process.stdout.write(text);
}
