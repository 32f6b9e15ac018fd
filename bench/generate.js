// Synthetic benchmark workspace: writes one NAP and N ~20 KB LAPs that validate with no problems, deterministically per seed.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const NAP_ID = 'SYN-NAP';
const PILLARS = ['participation', 'protection', 'prevention', 'relief-and-recovery'];
const NAP_PERIOD = { start: 2018, end: 2022 };
const LAP_PERIOD = { start: 2019, end: 2022 };
// 20 KiB; each LAP draws its own target within ±2.5 %, so both readings of "20 KB" hold within ±10 %.
const LAP_TARGET_BYTES = 20480;

// ---------------------------------------------------------------------------------------------
// Seeded PRNG (FNV-1a seed hash + mulberry32): tiny, fast and identical on every platform.

function hashSeed(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function makeRng(seedText) {
  let state = hashSeed(seedText);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  const shuffle = (items) => {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const sample = (items, k) => shuffle(items).slice(0, k);
  return { next, int, pick, chance, shuffle, sample };
}

// ---------------------------------------------------------------------------------------------
// YAML text helpers. Ids and refs are always quoted so that "1.10" can never become a float;
// other text is left plain when YAML would read it back unchanged, as a person would write it.

const q = (s) => JSON.stringify(String(s));

function text(s, flow = false) {
  const plainOk =
    /^[\p{L}„]/u.test(s) &&
    !/: |:$| #|[\n"]/.test(s) &&
    !/^(?:true|false|null|yes|no|on|off)$/i.test(s) &&
    s.trim() === s &&
    !(flow && /[,[\]{}]/.test(s));
  return plainOk ? s : q(s);
}

const flowList = (items) => `[${items.join(', ')}]`;

function block(lines, indent, key, body) {
  lines.push(`${indent}${key}: |`);
  for (const line of body) lines.push(`${indent}  ${line}`);
}

function fill(template, slots) {
  return template.replace(/\{(\w+)\}/g, (_, name) => String(slots[name]));
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function roundTo(value, step) {
  return Math.max(step, Math.round(value / step) * step);
}

// ---------------------------------------------------------------------------------------------
// Dates. Timeframes are drawn as month indices and then written as a year, quarter or month
// containing them, so start ≤ end always holds and both stay inside the period.

function monthBound(rng, year, month, isEnd) {
  const r = rng.next();
  if (r < 0.6) return String(year);
  if (r < 0.8) return q(`${year}-Q${Math.floor((month - 1) / 3) + 1}`);
  if (r < 0.9 && !isEnd) return q(`${year}-H${month <= 6 ? 1 : 2}`);
  return q(`${year}-${String(month).padStart(2, '0')}`);
}

function timeframe(rng, period) {
  const months = (period.end - period.start + 1) * 12;
  const m0 = rng.int(0, months - 7);
  const m1 = rng.int(Math.min(m0 + 5, months - 1), months - 1);
  const y0 = period.start + Math.floor(m0 / 12);
  const y1 = period.start + Math.floor(m1 / 12);
  const wholePlan = y0 === period.start && y1 === period.end && rng.chance(0.5);
  return {
    startYear: y0,
    endYear: y1,
    text: wholePlan
      ? `{ start: ${period.start}, end: ${period.end} }`
      : `{ start: ${monthBound(rng, y0, (m0 % 12) + 1, false)}, end: ${monthBound(rng, y1, (m1 % 12) + 1, true)} }`,
  };
}

// ---------------------------------------------------------------------------------------------
// Indicators. Templates carry value ranges so the target is always on the side `ascending`
// asks for, and percentages stay within 0–100.

function makeIndicator(rng, tpl, id, targetYear) {
  const baseYear = Math.min(rng.pick([2017, 2018, 2018, 2019]), targetYear - 1);
  const ind = { id, title: tpl.title, measure: tpl.m ?? 'number', ascending: tpl.asc !== false, unit: tpl.unit };
  if (ind.measure === 'qualitative') {
    ind.baseline = { value: tpl.b, year: baseYear };
    ind.target = { value: tpl.t, year: targetYear };
  } else {
    const base = rng.int(tpl.b[0], tpl.b[1]);
    const delta = rng.int(tpl.g[0], tpl.g[1]);
    let target = ind.ascending ? base + delta : Math.max(0, base - delta);
    if (ind.measure === 'percentage') target = Math.min(target, 100);
    ind.baseline = { value: base, year: baseYear };
    ind.target = { value: target, year: targetYear };
    if (targetYear - baseYear >= 3 && rng.chance(0.35)) {
      ind.milestones = [{ value: Math.round(base + (target - base) / 2), year: baseYear + Math.floor((targetYear - baseYear) / 2) }];
    }
  }
  ind.source = tpl.src;
  ind.frequency = tpl.freq ?? rng.pick(['annual', 'annual', 'semiannual', 'once']);
  if (tpl.dis) ind.disaggregation = tpl.dis;
  if (tpl.ref) ind.references = [tpl.ref];
  return ind;
}

// Templates are tagged with the themes (outcome positions) they fit; each theme walks its own
// list from a random start so neighbouring elements get different indicators.
function themeCursor(rng, templates) {
  const pools = [0, 1, 2].map((theme) => templates.filter((t) => t.th.includes(theme)));
  const cursors = pools.map((pool) => rng.int(0, pool.length - 1));
  return (theme) => pools[theme][cursors[theme]++ % pools[theme].length];
}

function writeIndicators(lines, indent, indicators) {
  lines.push(`${indent}indicators:`);
  for (const ind of indicators) {
    const i = `${indent}    `;
    lines.push(`${indent}  - id: ${q(ind.id)}`);
    lines.push(`${i}title: ${text(ind.title)}`);
    if (ind.measure !== 'number') lines.push(`${i}measure: ${ind.measure}`);
    if (!ind.ascending) lines.push(`${i}ascending: false`);
    if (ind.unit) lines.push(`${i}unit: ${text(ind.unit)}`);
    const v = (x) => (typeof x === 'number' ? String(x) : text(x, true));
    lines.push(`${i}baseline: { value: ${v(ind.baseline.value)}, year: ${ind.baseline.year} }`);
    lines.push(`${i}target: { value: ${v(ind.target.value)}, year: ${ind.target.year} }`);
    if (ind.milestones) lines.push(`${i}milestones: [${ind.milestones.map((m) => `{ value: ${m.value}, year: ${m.year} }`).join(', ')}]`);
    lines.push(`${i}source: ${text(ind.source)}`);
    lines.push(`${i}frequency: ${ind.frequency}`);
    if (ind.disaggregation) lines.push(`${i}disaggregation: ${flowList(ind.disaggregation)}`);
    if (ind.references) {
      lines.push(`${i}references:`);
      for (const r of ind.references) lines.push(`${i}  - { vocabulary: ${r.vocabulary}, code: ${q(r.code)} }`);
    }
    if (ind.contributesTo) lines.push(`${i}contributesTo: ${q(ind.contributesTo)}`);
  }
}

// =============================================================================================
// National action plan (English, like the BiH example).

const NAP_ORGS = [
  ['gea', 'Gender Equality Agency of Bosnia and Herzegovina', 'government', 'GEA BiH'],
  ['gc-fbih', 'Gender Centre of the Federation of Bosnia and Herzegovina', 'government', 'GC FBiH'],
  ['gc-rs', 'Gender Centre – Centre for Gender Equality and Equity of the Government of Republika Srpska', 'government', 'GC RS'],
  ['mhrr', 'Ministry of Human Rights and Refugees of BiH', 'government', 'MHRR'],
  ['mod', 'Ministry of Defence of BiH', 'government', 'MoD'],
  ['afbih', 'Armed Forces of Bosnia and Herzegovina', 'military', 'AFBiH'],
  ['msec', 'Ministry of Security of BiH', 'government', 'MoS'],
  ['mfa', 'Ministry of Foreign Affairs of BiH', 'government', 'MFA'],
  ['mjust', 'Ministry of Justice of BiH', 'government', 'MoJ'],
  ['mcaf', 'Ministry of Civil Affairs of BiH', 'government', 'MCA'],
  ['cec', 'Central Election Commission of BiH', 'government', 'CEC BiH'],
  ['hjpc', 'High Judicial and Prosecutorial Council of BiH', 'justice', 'HJPC'],
  ['bhas', 'Agency for Statistics of BiH', 'government', 'BHAS'],
  ['police', 'Police agencies in BiH', 'group'],
  ['bp', 'Border Police of BiH', 'police', 'BP BiH'],
  ['csw', 'Centres for social work', 'group'],
  ['safe-houses', 'Safe houses for survivors of violence run by women’s organisations', 'group'],
  ['wngo', 'Women’s organisations that signed the Memorandum of Understanding with the Gender Equality Agency', 'group'],
  ['municipalities', 'Cities and municipalities', 'group'],
  ['civil-protection', 'Civil protection administrations of the Federation of BiH and Republika Srpska', 'group'],
  ['bhmac', 'Mine Action Centre of Bosnia and Herzegovina', 'government', 'BHMAC'],
  ['health', 'Entity and cantonal ministries of health', 'group'],
  ['employment', 'Public employment services', 'group'],
  ['schools', 'Ministries of education and secondary schools', 'group'],
  ['unwomen', 'UN Women in Bosnia and Herzegovina', 'international', 'UN Women'],
  ['undp', 'United Nations Development Programme in BiH', 'international', 'UNDP'],
  ['iom', 'International Organization for Migration', 'international', 'IOM'],
  ['osce', 'OSCE Mission to Bosnia and Herzegovina', 'international', 'OSCE'],
];

// Per pillar: objective title, then three outcomes with five actions each (60 actions).
const NAP_OBJECTIVES = [
  {
    pillar: 'participation',
    title: 'Increased participation of women in decision-making and in peace operations',
    leads: ['gea', 'gc-fbih', 'gc-rs', 'mod', 'msec', 'cec'],
    outcomes: [
      ['More women in elected and appointed positions at all levels of government', [
        'Amend the election law to strengthen the gender quota on candidate lists',
        'Run a leadership academy for women candidates before the 2018 and 2020 elections',
        'Train political party leaderships on gender-sensitive candidate selection',
        'Monitor and publish the share of women on candidate lists and in elected bodies',
        'Support networks of women councillors in municipal and cantonal assemblies',
      ]],
      ['More women in the armed forces, police and peace operations', [
        'Review recruitment criteria of the armed forces and police agencies for gender bias',
        'Run targeted recruitment campaigns for women in secondary schools and universities',
        'Establish mentoring networks for women officers in the armed forces and police',
        'Increase the number of women deployed to UN, EU and OSCE peace operations',
        'Include gender and women, peace and security modules in pre-deployment training',
      ]],
      ['Women’s organisations take part in peace, security and reconciliation processes', [
        'Fund women’s organisations working on peacebuilding and reconciliation',
        'Hold annual consultations between institutions and women’s civil society on security policy',
        'Include women’s organisations in the thematic working groups of the Coordination Board',
        'Support local women’s peace initiatives in divided communities',
        'Document and publish the experiences of women peacebuilders from the whole country',
      ]],
    ],
  },
  {
    pillar: 'protection',
    title: 'Improved protection of women and girls from gender-based and conflict-related violence',
    leads: ['mhrr', 'mjust', 'msec', 'csw', 'hjpc', 'safe-houses'],
    outcomes: [
      ['Survivors of gender-based violence have access to coordinated protection and support', [
        'Establish referral mechanisms for survivors of domestic violence in every municipality',
        'Fund safe houses and SOS helplines on a stable multi-year basis',
        'Train police, social workers, health workers and judges in a survivor-centred approach',
        'Provide free legal aid to survivors of gender-based violence',
        'Set up a unified database on cases of domestic and gender-based violence',
      ]],
      ['Improved justice and support for survivors of conflict-related sexual violence', [
        'Adopt a programme for recognising the status of survivors of conflict-related sexual violence',
        'Provide psychosocial support and health care to survivors of conflict-related sexual violence',
        'Strengthen witness protection and support in war crimes cases',
        'Train prosecutors and judges on cases of conflict-related sexual violence',
        'Run public campaigns against the stigmatisation of survivors',
      ]],
      ['Women and children on the move are protected from violence and trafficking', [
        'Identify and refer potential victims of trafficking in human beings among migrants',
        'Provide safe spaces for women and children in reception centres',
        'Train border police and reception centre staff on gender-sensitive screening',
        'Strengthen regional cooperation against trafficking in women and girls',
        'Provide information on protection services in the languages spoken by migrants',
      ]],
    ],
  },
  {
    pillar: 'prevention',
    title: 'Violence, extremism and security threats prevented from a gender perspective',
    leads: ['schools', 'msec', 'police', 'civil-protection', 'bhmac', 'gea'],
    outcomes: [
      ['Schools and communities prevent gender-based violence and harmful stereotypes', [
        'Introduce gender equality and non-violence modules into secondary school curricula',
        'Run workshops on healthy relationships for young women and men',
        'Train teachers and school psychologists to recognise signs of violence',
        'Run national campaigns during the 16 Days of Activism against gender-based violence',
        'Work with men and boys as allies in preventing violence against women',
      ]],
      ['A gender perspective is part of preventing violent extremism and the misuse of small arms', [
        'Integrate a gender perspective into the strategy for preventing violent extremism',
        'Involve women’s organisations and religious leaders in early-warning networks',
        'Run campaigns on the risks of illegal small arms kept in households',
        'Analyse the link between firearms and femicide and publish the findings',
        'Train community police officers on gender-sensitive prevention',
      ]],
      ['Disaster risk reduction and mine action take account of the needs of women', [
        'Include women in municipal civil protection and disaster-risk-reduction headquarters',
        'Collect sex-disaggregated data on mine victims and persons affected by disasters',
        'Run mine-risk education adapted to women and children in rural areas',
        'Integrate gender analysis into local disaster risk assessments',
        'Train civil protection staff on the needs of women and vulnerable groups in emergencies',
      ]],
    ],
  },
  {
    pillar: 'relief-and-recovery',
    title: 'The needs of women are met in relief, recovery and reconstruction',
    leads: ['employment', 'health', 'mhrr', 'municipalities', 'csw', 'gc-fbih'],
    outcomes: [
      ['Women affected by conflict and violence are economically empowered', [
        'Provide grants for the self-employment of women survivors of violence',
        'Run vocational training and job placement programmes for women',
        'Support women’s cooperatives in rural areas',
        'Provide childcare enabling women to take part in employment programmes',
        'Include returnee and displaced women in housing and livelihood programmes',
      ]],
      ['Health and psychosocial recovery services are accessible to women', [
        'Expand the services of community mental health centres for women affected by trauma',
        'Train family medicine teams in trauma-informed care',
        'Provide mobile health teams for women in remote settlements',
        'Support peer-support groups for women survivors',
        'Ensure sexual and reproductive health services in emergency response',
      ]],
      ['Women take part in planning recovery and reconstruction', [
        'Include women in local recovery and reconstruction commissions',
        'Apply gender-responsive budgeting to recovery programmes',
        'Consult women’s organisations on post-disaster recovery plans',
        'Collect sex-disaggregated data on beneficiaries of recovery programmes',
        'Support women’s organisations that provide services during recovery',
      ]],
    ],
  },
];

// Indicator templates per pillar; `b` is the baseline range, `g` the change towards the target.
const NAP_INDICATORS = {
  participation: [
    { th: [0], title: 'Share of women among members of municipal and city councils', m: 'percentage', b: [15, 22], g: [4, 10], src: 'Central Election Commission of BiH', ref: { vocabulary: 'sdg', code: '5.5.1' } },
    { th: [0, 2], title: 'Women who completed leadership and mentoring programmes', unit: 'women', b: [0, 40], g: [100, 500], src: 'Attendance lists of the gender centres', dis: ['age', 'location'] },
    { th: [1], title: 'Share of women among personnel deployed to peace operations', m: 'percentage', b: [4, 9], g: [3, 8], src: 'Ministry of Defence and Ministry of Security of BiH', ref: { vocabulary: 'un-sg-1325', code: '15b' } },
    { th: [2], title: 'Women’s organisations consulted on security policy each year', unit: 'organisations', b: [5, 15], g: [10, 30], src: 'Records of the Coordination Board' },
    { th: [2], title: 'Annual consultation between institutions and women’s organisations held', m: 'qualitative', b: 'No regular consultation', t: 'Consultation held every year and its conclusions published', src: 'Reports of the Gender Equality Agency' },
    { th: [1], title: 'Share of women among police officers', m: 'percentage', b: [6, 9], g: [2, 5], src: 'Annual reports of police agencies', dis: ['sex'] },
    { th: [0], title: 'Gender analyses of elections published', unit: 'analyses', b: [0, 1], g: [2, 4], src: 'Website of the Gender Equality Agency' },
  ],
  protection: [
    { th: [0], title: 'Municipalities with a signed referral protocol on domestic violence', unit: 'municipalities', b: [20, 60], g: [30, 70], src: 'Reports of the entity gender centres' },
    { th: [0, 1, 2], title: 'Professionals trained in a survivor-centred approach', unit: 'persons', b: [0, 100], g: [300, 900], src: 'Training records', dis: ['sex'] },
    { th: [0], title: 'Average days from a report of violence to the first contact with a support service', asc: false, unit: 'days', b: [12, 20], g: [4, 8], src: 'Centres for social work' },
    { th: [0], title: 'Share of reported cases in which the survivor was referred to support', m: 'percentage', b: [30, 50], g: [20, 40], src: 'Police and centres for social work', dis: ['age', 'disability'] },
    { th: [1], title: 'Survivors of conflict-related sexual violence with recognised status', unit: 'persons', b: [300, 800], g: [100, 400], src: 'Ministry of Human Rights and Refugees of BiH', ref: { vocabulary: 'un-sg-1325', code: '19a' } },
    { th: [0], title: 'Unified database on gender-based violence in operation', m: 'qualitative', b: 'No unified database', t: 'Database operating in both entities and Brčko District', src: 'Ministry of Security of BiH' },
    { th: [2], title: 'Potential victims of trafficking identified and referred to protection', unit: 'persons', b: [20, 60], g: [20, 80], src: 'Ministry of Security of BiH, State Coordinator for Combating Trafficking' },
    { th: [2], title: 'Reception centres with a safe space for women and children', unit: 'centres', b: [0, 2], g: [2, 5], src: 'Service for Foreigners’ Affairs' },
    { th: [1], title: 'Survivors of conflict-related sexual violence receiving psychosocial support', unit: 'women', b: [100, 300], g: [100, 400], src: 'Reports of women’s organisations and mental health centres' },
  ],
  prevention: [
    { th: [0], title: 'Secondary school students reached by prevention workshops', unit: 'students', b: [500, 2000], g: [3000, 9000], src: 'Ministries of education', dis: ['sex', 'location'] },
    { th: [2], title: 'Municipal civil protection headquarters with at least 30 % women', unit: 'headquarters', b: [5, 20], g: [15, 40], src: 'Civil protection administrations' },
    { th: [1], title: 'Illegal weapons handed in during collection campaigns', unit: 'weapons', b: [200, 800], g: [300, 1200], src: 'Police agencies in BiH' },
    { th: [0], title: 'Share of young people who recognise forms of gender-based violence', m: 'percentage', b: [35, 55], g: [15, 30], src: 'Survey of secondary school students', dis: ['sex', 'age'] },
    { th: [2], title: 'Households in flood-prone areas without an evacuation plan', asc: false, unit: 'households', b: [3000, 6000], g: [1000, 2500], src: 'Civil protection administrations' },
    { th: [2], title: 'Local disaster risk assessments include a gender analysis', m: 'qualitative', b: 'Gender analysis not part of the methodology', t: 'Methodology requires a gender analysis in every assessment', src: 'Civil protection administrations' },
    { th: [1], title: 'Early-warning networks with women members', unit: 'networks', b: [0, 5], g: [5, 20], src: 'Ministry of Security of BiH' },
    { th: [1], title: 'Community police officers trained in gender-sensitive prevention', unit: 'officers', b: [0, 50], g: [100, 300], src: 'Police agencies in BiH', dis: ['sex'] },
  ],
  'relief-and-recovery': [
    { th: [0], title: 'Women who started or expanded a business with a grant', unit: 'women', b: [0, 50], g: [150, 600], src: 'Reports of grant programmes', dis: ['age', 'location'] },
    { th: [0], title: 'Women employed after vocational training', unit: 'women', b: [50, 200], g: [200, 800], src: 'Public employment services' },
    { th: [2], title: 'Share of women among beneficiaries of recovery programmes', m: 'percentage', b: [25, 40], g: [10, 20], src: 'Programme records', dis: ['sex', 'displacement'] },
    { th: [1], title: 'Average waiting time for a first appointment at a mental health centre', asc: false, unit: 'days', b: [25, 45], g: [8, 15], src: 'Ministries of health' },
    { th: [1], title: 'Women reached by mobile health teams', unit: 'women', b: [200, 800], g: [500, 2000], src: 'Health centres' },
    { th: [2], title: 'Recovery commissions with at least 40 % women members', unit: 'commissions', b: [2, 10], g: [10, 30], src: 'Reports of cities and municipalities' },
    { th: [2], title: 'Recovery programmes apply gender-responsive budgeting', m: 'qualitative', b: 'Not applied', t: 'Applied in all programmes funded from public budgets', src: 'Ministry of Human Rights and Refugees of BiH' },
  ],
};

const NAP_SENTENCE_OPENERS = ['', '', 'In the first year, ', 'Building on the previous plan, ', 'Following consultations with women’s organisations, ', 'Where budgets allow, ', 'By {y}, '];
const NAP_SENTENCES = [
  'the lead institution prepares an implementation plan and reports to the Coordination Board every six months.',
  'the activity is carried out together with the entity gender centres and the women’s organisations that signed the Memorandum of Understanding.',
  'data are collected disaggregated by sex, age and place of residence so that reach can be monitored.',
  'particular attention is paid to women with disabilities, Roma women, returnees and single mothers.',
  'the results are presented in the annual implementation report adopted by the Council of Ministers.',
  'the cost is shared between regular budgets and donor funds already committed for the period.',
  'the approach is first tested in {n} municipalities and then extended to the rest of the country.',
  'the institutions concerned agree on common standards so that the service is the same in both entities and Brčko District.',
  'local action plans are encouraged to translate the activity into concrete measures in municipalities.',
  'materials are produced in the official languages and in plain language, and are published online.',
  'the activity contributes to the obligations of Bosnia and Herzegovina under CEDAW and the Istanbul Convention.',
  'an external evaluation at the end of the period assesses whether the activity should continue.',
];

function napNarrative() {
  return {
    introduction: [
      'This synthetic national action plan is generated for wpsplan benchmarks. Its structure follows the',
      'action plans of Bosnia and Herzegovina: four objectives, one for each pillar of resolution 1325',
      '(participation, protection, prevention, and relief and recovery), each broken into outcomes and',
      'actions with responsible institutions, indicators and budgets.',
      '',
      '*Institutions are real names used for realism; all figures, targets and amounts are invented.*',
    ],
    context: [
      'Municipalities localise the plan through local action plans drafted by working groups of the',
      'municipal administration, centres for social work, police stations, health centres and women’s',
      'organisations. Local plans name the national actions they carry out, so that implementation',
      'can be followed from the municipality to the national level.',
    ],
    monitoring: [
      'Each institution reports on its actions once a year. The Coordination Board compiles an annual',
      'implementation report, which the Council of Ministers adopts, and a final report covers the',
      'whole period of the plan.',
    ],
  };
}

/** Builds the NAP model (used both for its text and for choosing valid LAP references). */
export function buildNap(seed = 1) {
  const rng = makeRng(`${seed}:nap`);
  const objectives = NAP_OBJECTIVES.map((spec, oi) => {
    const oid = String(oi + 1);
    const indPool = NAP_INDICATORS[spec.pillar];
    const nextTpl = themeCursor(rng, indPool);
    const outcomes = spec.outcomes.map(([title, actionTitles], ui) => {
      const uid = `${oid}.${ui + 1}`;
      const actions = actionTitles.map((actionTitle, ai) => {
        const tf = timeframe(rng, NAP_PERIOD);
        const lead = rng.chance(0.25) ? rng.sample(spec.leads, 2) : [rng.pick(spec.leads)];
        const partners = rng.sample(NAP_ORGS.map((o) => o[0]).filter((k) => !lead.includes(k)), rng.int(1, 4));
        const aid = `${uid}.${ai + 1}`;
        // A few actions serve a second pillar, as real NAP activities often do; the first stays the objective's.
        const pillars = rng.chance(0.15) ? [spec.pillar, rng.pick(PILLARS.filter((p) => p !== spec.pillar))] : null;
        return {
          id: aid,
          title: actionTitle,
          description: rng.chance(0.6) ? napSentences(rng, 2, tf.endYear) : null,
          pillars,
          lead,
          partners,
          timeframe: tf,
          budget: napBudget(rng, tf),
          indicators: [makeIndicator(rng, nextTpl(ui), `I-${aid}a`, Math.max(tf.endYear, 2019))],
        };
      });
      return { id: uid, title, indicators: [makeIndicator(rng, nextTpl(ui), `I-${uid}a`, 2022)], actions };
    });
    return { id: oid, title: spec.title, pillar: spec.pillar, outcomes, indicators: [makeIndicator(rng, nextTpl(0), `I-${oid}a`, 2022)] };
  });
  return { id: NAP_ID, seed, objectives };
}

function napSentences(rng, count, year) {
  return rng.sample(NAP_SENTENCES, count).map((body) => {
    const opener = fill(rng.pick(NAP_SENTENCE_OPENERS), { y: year });
    return capitalize(opener + fill(body, { n: rng.int(5, 20) }));
  });
}

function napBudget(rng, tf) {
  if (rng.chance(0.35)) return [{ status: 'regular-budget', source: 'government' }];
  const lines = [];
  const n = rng.int(1, 2);
  for (let k = 0; k < n; k++) {
    const donor = rng.chance(0.4);
    lines.push({
      amount: roundTo(rng.int(20000, 400000), 1000),
      year: n > 1 ? Math.min(tf.startYear + k, tf.endYear) : undefined,
      status: rng.pick(['committed', 'indicative']),
      source: donor ? 'donor' : 'government',
      funder: donor ? rng.pick(['FIGAP II programme', 'UN Women', 'Government of Sweden', 'UNDP']) : undefined,
    });
  }
  return lines;
}

function budgetLine(b) {
  const parts = [];
  if (b.amount !== undefined) parts.push(`amount: ${b.amount}`);
  parts.push('currency: BAM');
  if (b.year !== undefined) parts.push(`year: ${b.year}`);
  parts.push(`status: ${b.status}`);
  if (b.source) parts.push(`source: ${b.source}`);
  if (b.funder) parts.push(`funder: ${text(b.funder, true)}`);
  if (b.note) parts.push(`note: ${text(b.note, true)}`);
  return `{ ${parts.join(', ')} }`;
}

function writeBudget(lines, indent, budget) {
  if (budget.length === 1) {
    lines.push(`${indent}budget: ${budgetLine(budget[0])}`);
  } else {
    lines.push(`${indent}budget:`);
    for (const b of budget) lines.push(`${indent}  - ${budgetLine(b)}`);
  }
}

const orgList = (keys) => (keys.length === 1 ? keys[0] : flowList(keys));

function sumBudget(actions) {
  let total = 0;
  for (const a of actions) for (const b of a.budget) total += b.amount ?? 0;
  return total;
}

export function renderNap(nap) {
  const L = [];
  L.push('# Synthetic benchmark NAP generated by bench/generate.js; figures, targets and amounts are invented.');
  L.push('wpsplan: 1', 'kind: NationalActionPlan', `id: ${NAP_ID}`);
  L.push(`title: ${text('Synthetic Action Plan for the Implementation of UNSCR 1325 "Women, Peace and Security" in Bosnia and Herzegovina 2018–2022')}`);
  L.push('x-original-title: Akcioni plan za implementaciju UNSCR 1325 „Žene, mir i sigurnost“ u Bosni i Hercegovini za period 2018–2022. godine');
  L.push('language: en', 'country: BA', 'generation: 3', `period: { start: ${NAP_PERIOD.start}, end: ${NAP_PERIOD.end} }`, 'status: adopted');
  L.push('adoption:', '  by: Council of Ministers of Bosnia and Herzegovina', '  date: 2018-07-12', '  publication: Službeni glasnik BiH 89/18');
  L.push('resolutions: [1325, 1820, 1888, 1889, 1960, 2106, 2122, 2242]');
  L.push('frameworks:', '  - CEDAW General Recommendation 30', '  - Istanbul Convention', '  - SDG 5', '  - SDG 16', '  - Law on Gender Equality in Bosnia and Herzegovina');
  L.push('themes: [gender-based-violence, human-trafficking, mine-action, disaster-risk-reduction, migration, violent-extremism, localization]');
  L.push('leadAgency: gea');
  L.push('coordination:', '  body: Coordination Board for Monitoring the Implementation of the Action Plan for UNSCR 1325 in BiH', '  chair: gea');
  L.push(`  members: ${flowList(['gc-fbih', 'gc-rs', 'mod', 'afbih', 'msec', 'mfa', 'mhrr', 'mjust', 'mcaf', 'bp', 'bhmac', 'wngo'])}`);
  L.push('  meets: At least twice a year');
  L.push('reporting:', '  frequency: annual', '  to: Council of Ministers of Bosnia and Herzegovina');
  const allActions = nap.objectives.flatMap((o) => o.outcomes.flatMap((u) => u.actions));
  L.push('budget:', `  total: { amount: ${sumBudget(allActions)}, currency: BAM }`);
  L.push('organisations:');
  for (const [key, name, type, abbr] of NAP_ORGS) {
    L.push(`  ${key}:`, `    name: ${text(name)}`);
    if (abbr) L.push(`    abbreviation: ${text(abbr)}`);
    L.push(`    type: ${type}`);
  }
  L.push('narrative:');
  for (const [key, body] of Object.entries(napNarrative())) block(L, '  ', key, body);
  L.push('objectives:');
  for (const o of nap.objectives) {
    L.push(`  - id: ${q(o.id)}`, `    title: ${text(o.title)}`, `    pillar: ${o.pillar}`);
    writeIndicators(L, '    ', o.indicators);
    L.push('    outcomes:');
    for (const u of o.outcomes) {
      L.push(`      - id: ${q(u.id)}`, `        title: ${text(u.title)}`);
      writeIndicators(L, '        ', u.indicators);
      L.push('        actions:');
      for (const a of u.actions) {
        const i = '            ';
        L.push(`          - id: ${q(a.id)}`, `${i}title: ${text(a.title)}`);
        if (a.description) block(L, i, 'description', a.description);
        if (a.pillars) L.push(`${i}pillars: ${flowList(a.pillars)}`);
        L.push(`${i}lead: ${orgList(a.lead)}`, `${i}partners: ${orgList(a.partners)}`);
        L.push(`${i}timeframe: ${a.timeframe.text}`);
        writeBudget(L, i, a.budget);
        writeIndicators(L, i, a.indicators);
      }
    }
  }
  return L.join('\n') + '\n';
}

// =============================================================================================
// Local action plans (Bosnian).

const NAME_STEMS = ['Brez', 'Kličev', 'Lukav', 'Žabl', 'Gračan', 'Višnjev', 'Šipov', 'Drežnic', 'Podgor', 'Čelin', 'Mostin', 'Trebav', 'Đurđev', 'Slatin', 'Radov', 'Kotor', 'Bukov', 'Jasen', 'Lipov', 'Hrastov', 'Zelen', 'Rud', 'Kamen', 'Orahov', 'Crnič', 'Šuman', 'Vranj', 'Ljubin', 'Poljan', 'Medven'];
// Suffix with the gender of the adjective that agrees with it.
const NAME_SUFFIXES = [['ac', 'm'], ['ica', 'f'], ['o', 'n'], ['ići', 'p'], ['ina', 'f'], ['ik', 'm'], ['ište', 'n'], ['ci', 'p'], ['je', 'n'], ['ovac', 'm']];
const NAME_ADJECTIVES = { m: ['Gornji', 'Donji', 'Novi', 'Stari'], f: ['Gornja', 'Donja', 'Nova', 'Stara'], n: ['Gornje', 'Donje', 'Novo', 'Staro'], p: ['Gornji', 'Donji', 'Novi', 'Stari'] };
const REGIONS = [
  ['Federacija Bosne i Hercegovine, Tuzlanski kanton', 'F'],
  ['Federacija Bosne i Hercegovine, Zeničko-dobojski kanton', 'F'],
  ['Federacija Bosne i Hercegovine, Unsko-sanski kanton', 'F'],
  ['Federacija Bosne i Hercegovine, Srednjobosanski kanton', 'F'],
  ['Federacija Bosne i Hercegovine, Hercegovačko-neretvanski kanton', 'F'],
  ['Federacija Bosne i Hercegovine, Kanton Sarajevo', 'F'],
  ['Republika Srpska, regija Banja Luka', 'R'],
  ['Republika Srpska, regija Doboj', 'R'],
  ['Republika Srpska, regija Bijeljina', 'R'],
  ['Republika Srpska, regija Trebinje', 'R'],
];

function localityName(rng) {
  const [suffix, gender] = rng.pick(NAME_SUFFIXES);
  const stem = rng.pick(NAME_STEMS);
  const base = stem + suffix;
  return rng.chance(0.35) ? `${rng.pick(NAME_ADJECTIVES[gender])} ${base}` : base;
}

function lapOrganisations(name, entity) {
  const rs = entity === 'R';
  return [
    ['opcina', `Općina ${name} – Općinska uprava`, 'local-government'],
    ['komisija', `Komisija za ravnopravnost spolova Općinskog vijeća Općine ${name}`, 'local-government'],
    ['csr', `JU Centar za socijalni rad ${name}`, 'social-services', 'CSR'],
    ['pu', `Policijska stanica ${name}`, 'police'],
    ['dz', `JZU Dom zdravlja ${name}`, 'health'],
    ['skole', `Osnovne i srednje škole na području općine ${name}`, 'group'],
    ['udruzenja-zena', `Udruženja žena s područja općine ${name}`, 'group'],
    ['sigurna-kuca', 'Sigurna kuća za žrtve nasilja u porodici (udruženje žena „Duga“)', 'women-organisation'],
    ['zrtve-rata', 'Udruženje žena žrtava rata „Snaga žene“', 'women-organisation'],
    ['sluzba-zaposljavanja', rs ? 'JU Zavod za zapošljavanje Republike Srpske, filijala' : 'JU Služba za zapošljavanje kantona, biro', 'government'],
    ['crveni-kriz', rs ? `Crveni krst Općine ${name}` : `Crveni križ Općine ${name}`, 'civil-society'],
    ['civilna-zastita', `Općinski štab civilne zaštite ${name}`, 'local-government'],
    ['mz', 'Mjesne zajednice', 'group'],
    ['vijece-mladih', `Vijeće mladih Općine ${name}`, 'youth'],
    ['gc', rs ? 'Gender centar Republike Srpske' : 'Gender centar Federacije Bosne i Hercegovine', 'government'],
    ['unwomen', 'UN Women u Bosni i Hercegovini', 'international'],
  ];
}

const WORKING_GROUP = [
  ['predsjedavajuća', 'Komisija za ravnopravnost spolova Općinskog vijeća Općine {loc}', 'local-government', 'woman'],
  ['koordinatorica za ravnopravnost spolova', 'Općinska uprava {loc}', 'local-government', 'woman'],
  ['šef odsjeka za društvene djelatnosti', 'Općinska uprava {loc}', 'local-government', 'man'],
  ['socijalna radnica', 'JU Centar za socijalni rad {loc}', 'social-services', 'woman'],
  ['inspektor za maloljetničku delinkvenciju i nasilje u porodici', 'Policijska stanica {loc}', 'police', 'man'],
  ['policijska službenica', 'Policijska stanica {loc}', 'police', 'woman'],
  ['doktorica porodične medicine', 'JZU Dom zdravlja {loc}', 'health', 'woman'],
  ['psihologinja', 'Centar za mentalno zdravlje', 'health', 'woman'],
  ['pedagoginja', 'JU Srednja mješovita škola {loc}', 'education', 'woman'],
  ['direktorica', 'Sigurna kuća (udruženje žena)', 'women-organisation', 'woman'],
  ['predsjednica', 'Udruženje žena žrtava rata', 'women-organisation', 'woman'],
  ['predstavnik', 'Služba za zapošljavanje', 'government', 'man'],
  ['komandant', 'Općinski štab civilne zaštite {loc}', 'local-government', 'man'],
  ['aktivistica', 'Vijeće mladih Općine {loc}', 'youth', 'woman'],
  ['novinarka', 'Radio {loc}', 'media', 'woman'],
  ['sekretar', 'Crveni križ Općine {loc}', 'civil-society', 'man'],
];

// Per pillar: three themes aligned with the three NAP outcomes of the same pillar, so a local
// action implements a national action on the same subject.
const LAP_PILLARS = {
  participation: {
    objective: 'Povećano učešće žena u odlučivanju i u izgradnji mira na lokalnom nivou',
    leads: ['komisija', 'opcina', 'udruzenja-zena', 'vijece-mladih'],
    themes: [
      ['Više žena u Općinskom vijeću i u savjetima mjesnih zajednica', [
        'Škola političkog liderstva za žene kandidatkinje pred lokalne izbore 2020. godine',
        'Kampanja „Žene u mjesnoj zajednici“ pred izbore za savjete mjesnih zajednica',
        'Mentorski program u kojem iskusne vijećnice podržavaju mlade žene u politici',
        'Obuka za članice savjeta mjesnih zajednica o pripremi projekata i učešću u budžetskom procesu',
        'Javne tribine sa ženama iz ruralnih mjesnih zajednica o prioritetima općinskog budžeta',
        'Jačanje Komisije za ravnopravnost spolova i izrada njenog godišnjeg programa rada',
      ]],
      ['Više žena u policiji, civilnoj zaštiti i službama sigurnosti', [
        'Informativni dani u srednjim školama o zapošljavanju žena u policiji i civilnoj zaštiti',
        'Uključivanje žena u jedinice za zaštitu i spašavanje i njihova obuka',
        'Umrežavanje policijskih službenica s područja općine s Mrežom policijskih službenica',
        'Analiza uslova rada žena u općinskim službama sigurnosti i prijedlog mjera',
        'Stipendije za djevojke koje se školuju za zanimanja u oblasti sigurnosti',
        'Obuka rukovodilaca u javnim službama o rodno osjetljivom zapošljavanju',
      ]],
      ['Udruženja žena aktivno učestvuju u izgradnji mira i povjerenja', [
        'Mali grantovi udruženjima žena za inicijative izgradnje povjerenja u zajednici',
        'Godišnji forum udruženja žena i općinskih institucija o sigurnosti u zajednici',
        'Zajednički programi žena iz različitih etničkih zajednica na području općine',
        'Dokumentovanje i objavljivanje iskustava žena mirotvorki iz općine',
        'Uključivanje predstavnica udruženja žena u koordinaciono tijelo plana',
        'Obuka udruženja žena o zagovaranju i praćenju provedbe lokalnih politika',
      ]],
    ],
    indicators: [
      { th: [0], title: 'Udio žena među vijećnicima Općinskog vijeća', m: 'percentage', b: [10, 25], g: [5, 15], src: 'Centralna izborna komisija BiH', freq: 'once' },
      { th: [0, 1, 2], title: 'Broj žena koje su završile program obuke', unit: 'žena', b: [0, 0], g: [15, 60], src: 'Evidencija polaznica', dis: ['age'] },
      { th: [0], title: 'Udio žena u savjetima mjesnih zajednica', m: 'percentage', b: [8, 20], g: [8, 20], src: 'Evidencija općinske uprave' },
      { th: [2], title: 'Broj inicijativa udruženja žena podržanih iz općinskog budžeta', unit: 'inicijativa', b: [0, 3], g: [4, 12], src: 'Odluke o dodjeli sredstava' },
      { th: [1], title: 'Broj žena u jedinicama civilne zaštite', unit: 'žena', b: [0, 5], g: [5, 20], src: 'Općinski štab civilne zaštite' },
      { th: [0], title: 'Godišnji program rada Komisije za ravnopravnost spolova usvojen i proveden', m: 'qualitative', b: 'Program ne postoji', t: 'Program se usvaja i provodi svake godine', src: 'Zapisnici Općinskog vijeća' },
      { th: [1], title: 'Udio žena među zaposlenima u policijskoj stanici', m: 'percentage', b: [5, 12], g: [3, 8], src: 'Evidencija policijske stanice' },
      { th: [2], title: 'Broj zajedničkih aktivnosti žena iz različitih zajednica', unit: 'aktivnosti', b: [0, 2], g: [3, 10], src: 'Izvještaji udruženja žena' },
      { th: [2], title: 'Predstavnice udruženja žena uključene u rad koordinacionog tijela', m: 'qualitative', b: 'Udruženja žena nisu zastupljena', t: 'Dvije predstavnice udruženja žena su stalne članice', src: 'Rješenje o imenovanju koordinacionog tijela', freq: 'once' },
    ],
    concerns: [
      ['malo-zena-u-odlucivanju', 'Malo žena u Općinskom vijeću i u savjetima mjesnih zajednica', 'Na posljednjim izborima izabrano je svega nekoliko vijećnica, a u savjetima mjesnih zajednica žena gotovo i nema.', ['participation'], 0],
      ['zene-u-sigurnosnim-sluzbama', 'Žene su rijetko zaposlene u policiji i civilnoj zaštiti', 'Djevojke rijetko biraju ova zanimanja jer o njima nemaju informacija, a u službama nema žena na rukovodećim mjestima.', ['participation'], 1],
      ['zene-izvan-dijaloga', 'Udruženja žena nisu uključena u dijalog o sigurnosti u zajednici', 'Općinske institucije rijetko konsultuju udruženja žena, iako ona najbolje poznaju probleme u mjesnim zajednicama.', ['participation', 'prevention'], 2],
    ],
  },
  protection: {
    objective: 'Unaprijeđena zaštita žena i djevojčica od nasilja',
    leads: ['csr', 'pu', 'sigurna-kuca', 'dz'],
    themes: [
      ['Efikasnija zaštita žrtava nasilja u porodici', [
        'Potpisivanje i primjena Protokola o postupanju u slučajevima nasilja u porodici',
        'Formiranje i rad lokalnog tima za podršku žrtvama nasilja u porodici',
        'Sufinansiranje smještaja žrtava u sigurnoj kući i rada SOS telefona',
        'Obuka policijskih službenika, socijalnih radnika i zdravstvenih radnika o pristupu usmjerenom na žrtvu',
        'Besplatna pravna pomoć ženama žrtvama nasilja u saradnji s centrom za pružanje besplatne pravne pomoći',
        'Uspostava jedinstvene evidencije o upućivanju žrtava između službi zaštite',
      ]],
      ['Podrška ženama žrtvama rata i seksualnog nasilja u sukobu', [
        'Psihosocijalna podrška ženama žrtvama seksualnog nasilja u sukobu kroz grupe samopomoći',
        'Pomoć pri ostvarivanju statusa civilne žrtve rata za žene koje su preživjele seksualno nasilje',
        'Besplatni zdravstveni pregledi i savjetovanje za žene žrtve rata',
        'Obilježavanje Međunarodnog dana borbe protiv seksualnog nasilja u sukobima',
        'Podrška svjedokinjama u postupcima za ratne zločine u saradnji s udruženjima',
        'Kampanja protiv stigmatizacije žena koje su preživjele seksualno nasilje',
      ]],
      ['Zaštita žena i djece od trgovine ljudima i nasilja u migraciji', [
        'Mobilni tim za identifikaciju potencijalnih žrtava trgovine ljudima i prisilnog prosjačenja',
        'Privremeni siguran prostor za žene i djecu u migraciji s informacijama o zaštiti na više jezika',
        'Obuka službenika općinske uprave i policije o indikatorima trgovine ljudima',
        'Saradnja s prihvatnim centrima na upućivanju žena i djece u službe zaštite',
        'Informativni letci o pravima i službama zaštite na arapskom, farsi i engleskom jeziku',
        'Uspostava lokalnog monitoring tima za borbu protiv trgovine ljudima',
      ]],
    ],
    indicators: [
      { th: [0], title: 'Udio prijavljenih slučajeva nasilja u porodici u kojima je žrtva upućena na podršku', m: 'percentage', b: [30, 50], g: [20, 40], src: 'Evidencija Centra za socijalni rad i policije', dis: ['age', 'disability'] },
      { th: [0, 1, 2], title: 'Broj obučenih profesionalaca', unit: 'osoba', b: [0, 10], g: [20, 60], src: 'Liste prisutnih', dis: ['sex'] },
      { th: [0, 2], title: 'Broj žena i djece koji su koristili siguran smještaj', unit: 'osoba', b: [5, 20], g: [10, 40], src: 'Evidencija sigurne kuće' },
      { th: [0], title: 'Prosječan broj dana od prijave nasilja do prvog kontakta sa službom podrške', asc: false, unit: 'dana', b: [10, 20], g: [3, 8], src: 'Evidencija Centra za socijalni rad' },
      { th: [2], title: 'Broj potencijalnih žrtava trgovine ljudima upućenih u službe zaštite', unit: 'osoba', b: [0, 5], g: [5, 25], src: 'Evidencija mobilnog tima' },
      { th: [0], title: 'Protokol o postupanju u slučajevima nasilja u porodici potpisan i primijenjen', m: 'qualitative', b: 'Protokol nije potpisan', t: 'Protokol potpisan i primjenjuju ga sve službe', src: 'Izvještaji koordinacionog tijela', freq: 'once' },
      { th: [1], title: 'Broj žena žrtava rata koje su dobile psihosocijalnu podršku', unit: 'žena', b: [5, 20], g: [10, 40], src: 'Evidencija udruženja žena žrtava rata' },
      { th: [1], title: 'Broj podnesenih zahtjeva za status civilne žrtve rata', unit: 'zahtjeva', b: [0, 5], g: [5, 20], src: 'Služba za boračko-invalidsku zaštitu' },
    ],
    concerns: [
      ['nasilje-u-porodici', 'Nasilje u porodici i nedovoljno povezane službe zaštite', 'Žrtve se obraćaju različitim službama koje ne razmjenjuju informacije; nema zajedničkog protokola ni evidencije o upućivanju.', ['protection'], 0],
      ['zrtve-rata', 'Žene žrtve rata bez sistemske podrške i priznatog statusa', 'Mnoge žene koje su preživjele seksualno nasilje u ratu nisu podnijele zahtjev za status jer se boje stigmatizacije.', ['protection', 'relief-and-recovery'], 1],
      ['trgovina-ljudima', 'Rizik od trgovine ljudima i prisilnog prosjačenja djece', 'Kroz općinu prolaze migrantske rute, a službe nemaju obučene ljude za prepoznavanje potencijalnih žrtava.', ['protection', 'prevention'], 2],
    ],
  },
  prevention: {
    objective: 'Spriječeno nasilje i smanjeni sigurnosni rizici za žene i djevojčice u zajednici',
    leads: ['skole', 'pu', 'civilna-zastita', 'udruzenja-zena'],
    themes: [
      ['Škole i mjesne zajednice sprečavaju nasilje i rodne stereotipe', [
        'Radionice o zdravim vezama i prevenciji nasilja za učenike i učenice srednjih škola',
        'Obuka nastavnika i pedagoga za prepoznavanje znakova nasilja u porodici',
        'Kampanja „16 dana aktivizma protiv nasilja nad ženama“ u svim mjesnim zajednicama',
        'Program rada s mladićima i muškarcima kao saveznicima u sprečavanju nasilja',
        'Vršnjačka edukacija o sigurnosti na internetu i digitalnom nasilju',
        'Sportski i kulturni sadržaji za djevojčice i dječake o ravnopravnosti spolova',
      ]],
      ['Rodna perspektiva u prevenciji nasilnog ekstremizma i zloupotrebe oružja', [
        'Uključivanje žena i vjerskih zajednica u lokalnu mrežu za rano upozoravanje',
        'Kampanja o opasnostima nelegalnog oružja u domaćinstvima',
        'Obuka policajaca u zajednici o rodno osjetljivom pristupu prevenciji',
        'Radionice za roditelje o prepoznavanju radikalizacije kod mladih',
        'Analiza veze između posjedovanja oružja i nasilja u porodici na području općine',
        'Akcija prikupljanja nelegalnog oružja u saradnji s policijom',
      ]],
      ['Smanjenje rizika od katastrofa i mina uz učešće žena', [
        'Uključivanje žena u općinski štab civilne zaštite i procjenu rizika od poplava',
        'Edukacija o opasnostima od mina za žene i djecu u ruralnim područjima',
        'Izrada rodno osjetljive procjene ugroženosti od prirodnih i drugih nesreća',
        'Prikupljanje podataka razvrstanih po spolu o osobama pogođenim poplavama i klizištima',
        'Obuka volontera i volonterki civilne zaštite o potrebama žena u vanrednim situacijama',
        'Vježba evakuacije s posebnom pažnjom na žene, starije osobe i osobe s invaliditetom',
      ]],
    ],
    indicators: [
      { th: [0], title: 'Broj učenika i učenica obuhvaćenih radionicama', unit: 'učenika', b: [100, 400], g: [300, 1200], src: 'Izvještaji škola', dis: ['sex'] },
      { th: [0, 1], title: 'Broj mjesnih zajednica u kojima je održana kampanja', unit: 'mjesnih zajednica', b: [2, 6], g: [4, 12], src: 'Izvještaji udruženja žena' },
      { th: [0], title: 'Udio mladih koji prepoznaju oblike digitalnog nasilja', m: 'percentage', b: [30, 50], g: [15, 30], src: 'Anketa među učenicima', dis: ['sex', 'age'] },
      { th: [1], title: 'Broj komada nelegalnog oružja predatog policiji', unit: 'komada', b: [10, 40], g: [20, 80], src: 'Evidencija policijske stanice' },
      { th: [2], title: 'Broj domaćinstava u poplavnim područjima bez plana evakuacije', asc: false, unit: 'domaćinstava', b: [150, 400], g: [50, 140], src: 'Općinski štab civilne zaštite' },
      { th: [2], title: 'Procjena ugroženosti od prirodnih i drugih nesreća sadrži rodnu analizu', m: 'qualitative', b: 'Procjena ne sadrži rodnu analizu', t: 'Rodna analiza je sastavni dio procjene', src: 'Općinski štab civilne zaštite', freq: 'once' },
      { th: [1], title: 'Broj žena u lokalnoj mreži za rano upozoravanje', unit: 'žena', b: [0, 3], g: [4, 12], src: 'Evidencija policijske stanice' },
      { th: [2], title: 'Broj žena i djece obuhvaćenih edukacijom o opasnostima od mina', unit: 'osoba', b: [20, 80], g: [80, 300], src: 'Izvještaji civilne zaštite', dis: ['sex', 'age'] },
    ],
    concerns: [
      ['nasilje-medju-mladima', 'Vršnjačko i digitalno nasilje među mladima', 'Škole bilježe sve više slučajeva uznemiravanja putem društvenih mreža, a djevojčice ih rijetko prijavljuju.', ['prevention'], 0],
      ['oruzje-u-domacinstvima', 'Nelegalno oružje u domaćinstvima', 'Oružje zaostalo iz rata povećava opasnost da nasilje u porodici završi teškim posljedicama.', ['prevention', 'protection'], 1],
      ['rizik-od-poplava', 'Poplave i klizišta teže pogađaju žene i djecu', 'Žene ne učestvuju u planiranju zaštite i spašavanja, a planovi evakuacije ne uzimaju u obzir njihove potrebe.', ['prevention', 'relief-and-recovery'], 2],
    ],
  },
  'relief-and-recovery': {
    objective: 'Osnaživanje i oporavak žena pogođenih nasiljem, ratom i prirodnim nesrećama',
    leads: ['opcina', 'sluzba-zaposljavanja', 'dz', 'csr'],
    themes: [
      ['Ekonomsko osnaživanje žena koje su preživjele nasilje i samohranih majki', [
        'Grant šema za samozapošljavanje žena koje su preživjele nasilje i samohranih majki',
        'Obuke za prekvalifikaciju i posredovanje pri zapošljavanju žena',
        'Podrška ženskim zadrugama i udruženjima proizvođačica u ruralnim područjima',
        'Produženi boravak u vrtićima za djecu majki uključenih u programe zapošljavanja',
        'Sajam ženskog preduzetništva i rukotvorina',
        'Subvencije poslodavcima za zapošljavanje žena žrtava nasilja',
      ]],
      ['Dostupne zdravstvene i psihosocijalne usluge za žene', [
        'Proširenje rada centra za mentalno zdravlje za žene koje su preživjele traumu',
        'Mobilni tim doma zdravlja za žene u udaljenim naseljima',
        'Grupe podrške za žene povratnice i raseljene žene',
        'Obuka timova porodične medicine o radu s osobama koje su preživjele traumu',
        'Besplatni preventivni ginekološki pregledi za žene iz ruralnih područja',
        'Savjetovalište za žene i porodice u kriznim situacijama',
      ]],
      ['Žene učestvuju u planiranju oporavka i obnove', [
        'Uključivanje žena u općinsku komisiju za procjenu štete i obnovu',
        'Primjena rodno odgovornog budžetiranja u programima obnove nakon poplava',
        'Konsultacije s udruženjima žena o planovima oporavka mjesnih zajednica',
        'Prikupljanje podataka razvrstanih po spolu o korisnicima programa obnove',
        'Stambeno zbrinjavanje žena povratnica i samohranih majki u socijalnoj potrebi',
        'Podrška udruženjima žena koja pružaju usluge u periodu oporavka',
      ]],
    ],
    indicators: [
      { th: [0], title: 'Broj žena koje su pokrenule vlastitu djelatnost uz grant', unit: 'žena', b: [0, 0], g: [10, 40], src: 'Izvještaji o dodjeli grantova' },
      { th: [0], title: 'Broj žena zaposlenih nakon obuke', unit: 'žena', b: [0, 5], g: [10, 35], src: 'Služba za zapošljavanje' },
      { th: [1], title: 'Broj žena koje su koristile usluge mobilnog tima', unit: 'žena', b: [20, 80], g: [50, 200], src: 'Evidencija doma zdravlja', dis: ['age', 'location'] },
      { th: [2], title: 'Udio žena među korisnicima programa obnove', m: 'percentage', b: [20, 35], g: [10, 20], src: 'Evidencija općinske uprave', dis: ['sex', 'displacement'] },
      { th: [1], title: 'Prosječno vrijeme čekanja na prvi pregled u centru za mentalno zdravlje', asc: false, unit: 'dana', b: [20, 40], g: [5, 12], src: 'Centar za mentalno zdravlje' },
      { th: [2], title: 'Podaci o korisnicima programa obnove razvrstani po spolu', m: 'qualitative', b: 'Podaci se ne razvrstavaju po spolu', t: 'Svi programi obnove vode podatke razvrstane po spolu', src: 'Izvještaji općinske uprave' },
      { th: [1], title: 'Broj žena uključenih u grupe podrške', unit: 'žena', b: [0, 15], g: [15, 50], src: 'Evidencija centra za mentalno zdravlje' },
      { th: [2], title: 'Broj stambenih jedinica upisanih na oba supružnika ili na ženu', unit: 'stambenih jedinica', b: [0, 5], g: [5, 25], src: 'Evidencija općinske uprave' },
    ],
    concerns: [
      ['ekonomska-nesigurnost', 'Ekonomska nesigurnost žena, posebno samohranih majki', 'Bez vlastitog prihoda žene teže napuštaju nasilnu sredinu, a programi zapošljavanja rijetko dopiru do ruralnih naselja.', ['relief-and-recovery', 'prevention'], 0],
      ['mentalno-zdravlje', 'Nedostupne usluge mentalnog zdravlja u ruralnim naseljima', 'Centar za mentalno zdravlje radi samo u sjedištu općine, a žene iz udaljenih naselja nemaju prevoz.', ['relief-and-recovery'], 1],
      ['povratnice', 'Žene povratnice i raseljene žene bez stambenog rješenja', 'Programi obnove kuća upisuju imovinu na muške nosioce domaćinstva, pa žene ostaju bez sigurnog stana.', ['relief-and-recovery'], 2],
    ],
  },
};

const LAP_OPENERS = ['', '', '', 'U prvoj fazi, ', 'Tokom {y}. godine ', 'Prema zaključcima radne grupe, ', 'Na osnovu iskustava iz prethodnog perioda, ', 'Nakon javnih konsultacija, ', 'U skladu s državnim akcionim planom, '];
const LAP_SENTENCES = [
  '{lead} priprema plan provedbe aktivnosti i kvartalno izvještava koordinaciono tijelo o napretku.',
  'aktivnost se provodi u saradnji s partnerima iz lokalne mreže podrške, a troškovi se dijele prema sporazumu o saradnji.',
  'radna grupa je procijenila da je potrebno obuhvatiti najmanje {n} žena iz ruralnih mjesnih zajednica.',
  'posebna pažnja posvećuje se ženama s invaliditetom, Romkinjama, povratnicama i samohranim majkama.',
  'podaci o učesnicima vode se razvrstani po spolu, dobi i mjestu stanovanja, kako bi se mogao pratiti obuhvat.',
  'materijali se pripremaju na jednostavnom jeziku i dostupni su u prostorijama općine, mjesnih zajednica i na web-stranici.',
  'rezultati se predstavljaju na sjednici Općinskog vijeća i objavljuju u godišnjem izvještaju o provedbi plana.',
  'aktivnost nastavlja dobru praksu iz prethodnog perioda, koju su korisnice ocijenile kao korisnu i dostupnu.',
  'troškovi prevoza i čuvanja djece učesnica pokrivaju se iz budžeta aktivnosti, kako ne bi bili prepreka učešću.',
  '{lead} imenuje kontakt osobu odgovornu za koordinaciju s ostalim nosiocima aktivnosti.',
  'sastanci se održavaju u terminima koji odgovaraju zaposlenim ženama i ženama koje brinu o djeci i starijim članovima porodice.',
  'u pripremi su učestvovale predstavnice udruženja žena, koje su predložile teme i način rada.',
  'očekuje se da aktivnost do kraja {y}. godine postane dio redovnog rada nadležne službe.',
  'finansiranje u narednim godinama zavisi od usvajanja općinskog budžeta i odobrenja donatorskih sredstava.',
  'prije početka provodi se kratka procjena potreba među ženama na području općine {loc}.',
  'evaluacija aktivnosti uključuje upitnike za učesnice i fokus grupu s predstavnicima institucija.',
  'nosioci aktivnosti razmjenjuju informacije uz poštivanje propisa o zaštiti ličnih podataka.',
  'iskustva se razmjenjuju sa susjednim općinama koje provode slične lokalne akcione planove.',
  'saradnja s lokalnim medijima osigurava da se javnost redovno informiše o aktivnostima i rezultatima.',
  'za realizaciju je planirano {n} radnih sastanaka i najmanje jedna javna prezentacija rezultata.',
  'učešće muškaraca i mladića podstiče se kako bi promjene prihvatila cijela zajednica.',
  'aktivnost doprinosi ispunjavanju obaveza iz Zakona o ravnopravnosti spolova u BiH i Istanbulske konvencije.',
  'ukoliko se pokaže uspješnom, aktivnost će se proširiti na sve mjesne zajednice u općini.',
  'koordinaciono tijelo prati provedbu i po potrebi predlaže izmjene rokova ili nosilaca.',
  'dio sredstava osigurava se kroz javni poziv za finansiranje projekata udruženja građana.',
  'zbog velikih udaljenosti, dio aktivnosti provodi se u prostorijama područnih škola i domova kulture.',
];
const LAP_PILLAR_SENTENCES = {
  participation: [
    'kandidatkinje svih političkih stranaka i nezavisne kandidatkinje imaju jednak pristup programu.',
    'teme uključuju izborni sistem, rad vijeća, općinski budžet, javni nastup i vođenje kampanje.',
    'Komisija za ravnopravnost spolova prati zastupljenost žena u radnim tijelima Općinskog vijeća.',
    'mlade žene se povezuju s iskusnim vijećnicama koje im pružaju podršku tokom prve godine mandata.',
    'udruženja žena predlažu kandidatkinje za savjete mjesnih zajednica i prate izborni proces.',
  ],
  protection: [
    'žrtve nasilja dobijaju informacije o svim dostupnim službama na jednom mjestu, bez ponavljanja iskaza.',
    'centar za socijalni rad, policija, dom zdravlja i sigurna kuća usaglašavaju postupanje i rokove.',
    'obuka obuhvata prepoznavanje nasilja, procjenu rizika i upućivanje žrtve u odgovarajuće službe.',
    'posebna pažnja posvećuje se zaštiti djece koja su svjedočila nasilju u porodici.',
    'služba podrške dostupna je i vikendom, uz dežurstvo koje dogovaraju nosioci aktivnosti.',
  ],
  prevention: [
    'radionice vode obučeni vršnjački edukatori uz podršku školskih pedagoga i psihologa.',
    'kampanja koristi lokalne radio-stanice, društvene mreže i plakate u mjesnim zajednicama.',
    'policajci u zajednici redovno obilaze mjesne zajednice i razgovaraju sa ženama o sigurnosti.',
    'procjena rizika uzima u obzir različite potrebe žena, muškaraca, djece i starijih osoba.',
    'uključivanje roditelja i nastavnika osigurava da se poruke prenose i izvan škole.',
  ],
  'relief-and-recovery': [
    'korisnice dobijaju mentorsku podršku tokom prve godine rada, uključujući pomoć pri registraciji djelatnosti.',
    'prednost imaju žene koje su preživjele nasilje, samohrane majke i žene povratnice.',
    'usluge se pružaju besplatno, a termini se dogovaraju preko patronažne službe doma zdravlja.',
    'udruženja žena učestvuju u odabiru korisnica i praćenju rezultata.',
    'obnova stambenih objekata provodi se tako da se imovina upisuje na oba supružnika.',
  ],
};
const LAP_DONORS = ['Program FIGAP II', 'UN Women', 'Ambasada Kraljevine Švedske', 'UNDP BiH', 'Misija OSCE-a u BiH', 'Fondacija „Kvinna till Kvinna“'];

const LAP_TITLE_SUFFIXES = [' u ruralnim mjesnim zajednicama', ' uz učešće udruženja žena', ' s posebnim fokusom na žene s invaliditetom', ' u saradnji sa susjednim općinama', ' – nastavak aktivnosti iz prethodnog plana'];

// A local action implements a national action of the matching theme most of the time; the
// rest point at the outcome or objective so all three target kinds occur.
function chooseImplements(rng, napObjective, theme) {
  const outcome = napObjective.outcomes[theme];
  const r = rng.next();
  if (r < 0.62) return [rng.pick(outcome.actions)];
  if (r < 0.75) return rng.sample(outcome.actions, 2).sort((a, b) => a.id.localeCompare(b.id));
  if (r < 0.92) return [outcome];
  return [napObjective];
}

/** Builds the model of LAP number `index` (1-based); its content depends only on seed and index. */
export function buildLap(nap, index, seed = nap.seed) {
  const rng = makeRng(`${seed}:lap:${index}`);
  const num = String(index).padStart(4, '0');
  const name = localityName(rng);
  const [region, entity] = rng.pick(REGIONS);
  const orgs = lapOrganisations(name, entity);
  const orgKeys = orgs.map((o) => o[0]);
  const pillars = rng.sample(PILLARS, 3).sort((a, b) => PILLARS.indexOf(a) - PILLARS.indexOf(b));

  const objectives = pillars.map((pillar, oi) => {
    const spec = LAP_PILLARS[pillar];
    const napObjective = nap.objectives.find((o) => o.pillar === pillar);
    const oid = String(oi + 1);
    const themes = rng.sample([0, 1, 2], 2).sort();
    // Some plans list the last objective's actions directly under it, as the Tuzla example does.
    const flat = oi === 2 && rng.chance(0.6);
    let flatCount = 0;
    const nextTpl = themeCursor(rng, spec.indicators);
    const outcomes = themes.map((theme, ui) => {
      const uid = `${oid}.${ui + 1}`;
      const [outcomeTitle, titles] = spec.themes[theme];
      const actions = rng.sample(titles, 5).map((title, ai) => {
        const aid = flat ? `${oid}.${++flatCount}` : `${uid}.${ai + 1}`;
        const tf = timeframe(rng, LAP_PERIOD);
        const lead = rng.chance(0.15) ? rng.sample(spec.leads, 2) : [rng.pick(spec.leads)];
        const targets = chooseImplements(rng, napObjective, theme);
        const leadName = orgs.find((o) => o[0] === lead[0])[1];
        const sentencePool = [...LAP_SENTENCES, ...LAP_PILLAR_SENTENCES[pillar]];
        const sentences = rng.sample(sentencePool, 6).map((body) => {
          const opener = fill(rng.pick(LAP_OPENERS), { y: tf.endYear });
          return capitalize(opener + fill(body, { lead: leadName, n: rng.int(12, 120), y: tf.endYear, loc: name }));
        });
        const indicator = makeIndicator(rng, nextTpl(theme), `L-${aid}a`, Math.max(tf.endYear, 2020));
        // Contribute only to a national indicator of the same measure, so values can be read side by side.
        const napInds = targets.flatMap((t) => t.indicators).filter((n) => n.measure === indicator.measure);
        if (napInds.length && rng.chance(0.6)) indicator.contributesTo = rng.pick(napInds).id;
        // Optional content, in the order the size controller may switch it on (see sizeLap).
        const extras = indicator.contributesTo ? ['indicator', 'partners'] : rng.shuffle(['indicator', 'partners', 'sentence']);
        while (extras.length < 2 + sentences.length) extras.push('sentence');
        return {
          id: aid,
          title: rng.chance(0.08) ? `${title}${rng.pick(LAP_TITLE_SUFFIXES)}` : title,
          sentences,
          nSentences: 0,
          pillars: targets[0].pillars && rng.chance(0.5) ? targets[0].pillars : null,
          implements: targets.map((t) => (rng.chance(0.08) ? `${NAP_ID}#${t.id}` : t.id)),
          lead,
          partners: rng.sample(orgKeys.filter((k) => !lead.includes(k)), rng.int(1, 3)),
          timeframe: tf,
          budget: lapBudget(rng, tf, name),
          indicator,
          extras,
          shown: 0,
          indent: flat ? '      ' : '          ',
        };
      });
      const outcomeIndicator = makeIndicator(rng, nextTpl(theme), `L-${uid}a`, 2022);
      const napOutcome = napObjective.outcomes[theme];
      if (napOutcome.indicators[0].measure === outcomeIndicator.measure && rng.chance(0.5)) outcomeIndicator.contributesTo = napOutcome.indicators[0].id;
      return { id: uid, title: outcomeTitle, theme, indicators: [outcomeIndicator], addresses: [], actions };
    });
    const indicators = flat ? [makeIndicator(rng, nextTpl(themes[0]), `L-${oid}a`, 2022)] : [];
    if (flat && napObjective.indicators[0].measure === indicators[0].measure && rng.chance(0.5)) indicators[0].contributesTo = napObjective.indicators[0].id;
    return { id: oid, title: spec.objective, pillar, flat, indicators, outcomes, addresses: [] };
  });

  // One concern per chosen pillar, plus up to two more, each addressed by the outcome on its theme.
  const concernPool = pillars.flatMap((p) => LAP_PILLARS[p].concerns.map((c) => ({ pillar: p, c })));
  const first = pillars.map((p) => rng.pick(concernPool.filter((x) => x.pillar === p)));
  const extra = rng.sample(concernPool.filter((x) => !first.includes(x)), rng.int(0, 2));
  const concerns = [...first, ...extra].map(({ pillar, c: [id, title, description, cpillars, theme] }) => {
    const objective = objectives[pillars.indexOf(pillar)];
    const outcome = objective.flat ? undefined : objective.outcomes.find((u) => u.theme === theme);
    if (outcome) outcome.addresses.push(id);
    else objective.addresses.push(id);
    return { id, title, description, pillars: cpillars };
  });
  // Some actions also name a concern directly, as the examples do.
  for (const o of objectives) {
    for (const u of o.outcomes) {
      for (const a of u.actions) {
        if (u.addresses.length && rng.chance(0.1)) a.addresses = [u.addresses[0]];
      }
    }
  }

  return {
    id: `SYN-LAP-${num}`,
    index,
    seed,
    name,
    region,
    entity,
    population: rng.int(4000, 65000),
    adoptionDate: `2019-${String(rng.int(1, 6)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    decision: `01-02-${rng.int(100, 2999)}/19`,
    orgs,
    workingGroup: rng.sample(WORKING_GROUP, rng.int(5, 8)),
    themes: rng.sample(['gender-based-violence', 'human-trafficking', 'migration', 'economic-empowerment', 'disaster-risk-reduction', 'mental-health', 'localization'], 4),
    concerns,
    objectives,
    targetBytes: Math.round(LAP_TARGET_BYTES * (0.975 + rng.next() * 0.05)),
  };
}

function lapBudget(rng, tf, name) {
  const r = rng.next();
  if (r < 0.3) return [{ status: 'regular-budget', source: rng.chance(0.5) ? 'local-government' : undefined }];
  if (r < 0.38) return [{ status: 'in-kind', source: 'local-government', note: `Prostor ustupa Općina ${name}` }];
  const lines = [];
  const n = rng.chance(0.1) ? 2 : 1;
  for (let k = 0; k < n; k++) {
    const donor = rng.chance(0.35);
    lines.push({
      amount: roundTo(rng.int(1500, 40000), 500),
      year: n > 1 || rng.chance(0.25) ? Math.min(tf.startYear + k, tf.endYear) : undefined,
      status: rng.pick(['committed', 'indicative']),
      source: donor ? 'donor' : 'local-government',
      // The source already says the municipality pays; a funder name is only worth writing for donors.
      funder: donor ? rng.pick(LAP_DONORS) : undefined,
    });
  }
  return lines;
}

function lapNarrative(lap) {
  const n = lap.name;
  return {
    introduction: [
      `Plan prenosi ciljeve državnog akcionog plana za implementaciju UNSCR 1325 na nivo općine ${n}. Pripremila ga je`,
      'radna grupa općinske uprave, centra za socijalni rad, policije, doma zdravlja, škola i udruženja žena.',
    ],
    context: [
      `Radna grupa je izdvojila ${lap.concerns.length} problema sigurnosti žena i djevojčica; svaki je povezan s barem jednim`,
      'ishodom plana, a aktivnosti su povezane s mjerama državnog akcionog plana koje provode.',
    ],
    monitoring: [
      'Koordinaciono tijelo se sastaje kvartalno i jednom godišnje podnosi izvještaj Općinskom vijeću i',
      'Agenciji za ravnopravnost spolova BiH.',
    ],
  };
}

export function renderLap(lap) {
  const L = [];
  const n = lap.name;
  const allActions = lap.objectives.flatMap((o) => o.outcomes.flatMap((u) => u.actions));
  L.push(`# Synthetic LAP from bench/generate.js (seed ${lap.seed}); all content is invented.`);
  L.push('wpsplan: 1', 'kind: LocalActionPlan', `id: ${lap.id}`);
  L.push(`title: ${text(`Lokalni akcioni plan za implementaciju UNSCR 1325 „Žene, mir i sigurnost“ u općini ${n} za period 2019–2022. godine`)}`);
  L.push('language: bs', `parent: ${NAP_ID}`, `period: { start: ${LAP_PERIOD.start}, end: ${LAP_PERIOD.end} }`, 'status: adopted');
  L.push('adoption:', `  by: ${text(`Općinsko vijeće Općine ${n}`)}`, `  date: ${lap.adoptionDate}`, `  reference: ${text(`Odluka broj ${lap.decision}`)}`);
  L.push('locality:', `  name: ${text(n)}`, '  type: municipality', '  typeLabel: općina', '  country: BA');
  L.push(`  region: ${text(lap.region)}`, `  population: { value: ${lap.population}, year: 2013 }`);
  L.push('resolutions: [1325, 1820]');
  L.push('frameworks:', '  - Akcioni plan za implementaciju UNSCR 1325 u BiH 2018–2022', '  - Zakon o ravnopravnosti spolova u BiH', '  - Istanbulska konvencija');
  L.push(`themes: ${flowList(lap.themes)}`);
  L.push('leadAgency: opcina');
  L.push('coordination:', '  body: Koordinaciono tijelo za praćenje provedbe Lokalnog akcionog plana', '  chair: komisija');
  L.push(`  members: ${flowList(['opcina', 'csr', 'pu', 'dz', 'udruzenja-zena', 'sigurna-kuca'])}`, '  meets: Kvartalno');
  L.push('reporting:', '  frequency: annual', `  to: ${text(`Općinsko vijeće Općine ${n} i Agencija za ravnopravnost spolova BiH`)}`);
  L.push('budget:', `  total: { amount: ${sumBudget(allActions)}, currency: BAM }`);
  L.push('organisations:');
  for (const [key, name, type, abbr] of lap.orgs) {
    L.push(`  ${key}:`, `    name: ${text(name)}`);
    if (abbr) L.push(`    abbreviation: ${text(abbr)}`);
    L.push(`    type: ${type}`);
  }
  L.push('workingGroup:');
  for (const [role, organisation, sector, gender] of lap.workingGroup) {
    L.push(`  - { role: ${text(role, true)}, organisation: ${text(fill(organisation, { loc: n }), true)}, sector: ${sector}, gender: ${gender} }`);
  }
  L.push('concerns:');
  for (const c of lap.concerns) {
    L.push(`  - id: ${q(c.id)}`, `    title: ${text(c.title)}`, `    description: ${text(c.description)}`, `    pillars: ${flowList(c.pillars)}`);
  }
  L.push('narrative:');
  for (const [key, body] of Object.entries(lapNarrative(lap))) block(L, '  ', key, body);
  L.push('objectives:');
  for (const o of lap.objectives) {
    L.push(`  - id: ${q(o.id)}`, `    title: ${text(o.title)}`, `    pillar: ${o.pillar}`);
    if (o.addresses.length) L.push(`    addresses: ${flowList(o.addresses.map(q))}`);
    if (o.flat) {
      writeIndicators(L, '    ', o.indicators);
      L.push('    actions:');
      for (const u of o.outcomes) for (const a of u.actions) writeLapAction(L, a);
      continue;
    }
    L.push('    outcomes:');
    for (const u of o.outcomes) {
      L.push(`      - id: ${q(u.id)}`, `        title: ${text(u.title)}`);
      if (u.addresses.length) L.push(`        addresses: ${flowList(u.addresses.map(q))}`);
      writeIndicators(L, '        ', u.indicators);
      L.push('        actions:');
      for (const a of u.actions) writeLapAction(L, a);
    }
  }
  return L.join('\n') + '\n';
}

function isOn(a, extra) {
  return a.extras.slice(0, a.shown).includes(extra);
}

function writeLapAction(L, a) {
  const i = `${a.indent}  `;
  L.push(`${a.indent}- id: ${q(a.id)}`, `${i}title: ${text(a.title)}`);
  if (a.nSentences) block(L, i, 'description', a.sentences.slice(0, a.nSentences));
  if (a.pillars) L.push(`${i}pillars: ${flowList(a.pillars)}`);
  L.push(`${i}implements: ${a.implements.length === 1 ? q(a.implements[0]) : flowList(a.implements.map(q))}`);
  if (a.addresses) L.push(`${i}addresses: ${flowList(a.addresses.map(q))}`);
  L.push(`${i}lead: ${orgList(a.lead)}`);
  if (isOn(a, 'partners')) L.push(`${i}partners: ${orgList(a.partners)}`);
  L.push(`${i}timeframe: ${a.timeframe.text}`);
  writeBudget(L, i, a.budget);
  if (isOn(a, 'indicator')) writeIndicators(L, i, [a.indicator]);
}

function actionBytes(a) {
  const L = [];
  writeLapAction(L, a);
  return Buffer.byteLength(L.join('\n'));
}

// The structure (ids, refs, leads, timeframes, budgets, outcome indicators) is always written;
// partners, action indicators and description sentences are switched on round by round, in an
// order drawn per action, until the file reaches its target size. So the size comes from real
// plan content, and no action is much richer than the others.
function sizeLap(lap) {
  const actions = lap.objectives.flatMap((o) => o.outcomes.flatMap((u) => u.actions));
  let bytes = Buffer.byteLength(renderLap(lap));
  const order = makeRng(`${lap.seed}:lap-size:${lap.index}`).shuffle(actions);
  for (let round = 0; ; round++) {
    let progressed = false;
    for (const a of order) {
      if (a.shown !== round || round >= a.extras.length) continue;
      const before = actionBytes(a);
      a.shown++;
      if (a.extras[round] === 'sentence') a.nSentences++;
      const cost = actionBytes(a) - before;
      if (bytes + cost / 2 > lap.targetBytes) {
        a.shown--;
        if (a.extras[round] === 'sentence') a.nSentences--;
        return bytes;
      }
      bytes += cost;
      progressed = true;
    }
    if (!progressed) return bytes;
  }
}

// =============================================================================================

/**
 * Writes `nap.nap.yaml` and `lap-0001.lap.yaml` … into `dir` (created if needed; earlier
 * generated LAP files there are removed so the folder holds exactly this workspace).
 * Returns { files, bytes, napBytes, lapBytes }.
 */
export function generateWorkspace(dir, { laps = 20, seed = 1 } = {}) {
  const count = Number(laps);
  if (!Number.isInteger(count) || count < 0) throw new Error(`laps must be a whole number ≥ 0, got ${laps}`);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (/^lap-\d{4,}\.lap\.yaml$/.test(entry)) unlinkSync(join(dir, entry));
  }
  const nap = buildNap(seed);
  const napText = renderNap(nap);
  writeFileSync(join(dir, 'nap.nap.yaml'), napText);
  const files = [join(dir, 'nap.nap.yaml')];
  const napBytes = Buffer.byteLength(napText);
  let lapBytes = 0;
  for (let i = 1; i <= count; i++) {
    const lap = buildLap(nap, i, seed);
    sizeLap(lap);
    const lapText = renderLap(lap);
    const file = join(dir, `lap-${String(i).padStart(4, '0')}.lap.yaml`);
    writeFileSync(file, lapText);
    files.push(file);
    lapBytes += Buffer.byteLength(lapText);
  }
  return { files, bytes: napBytes + lapBytes, napBytes, lapBytes };
}

function main(argv) {
  const usage = 'usage: node bench/generate.js <dir> [--laps N] [--seed S]';
  let dir;
  let laps = 20;
  let seed = '1';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--laps' || arg === '--seed') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${usage}`);
      if (arg === '--laps') laps = Number(value);
      else seed = value;
    } else if (arg.startsWith('--laps=')) laps = Number(arg.slice(7));
    else if (arg.startsWith('--seed=')) seed = arg.slice(7);
    else if (arg === '-h' || arg === '--help') {
      console.log(usage);
      return;
    } else if (!arg.startsWith('-') && dir === undefined) dir = arg;
    else throw new Error(`unexpected argument ${arg}\n${usage}`);
  }
  if (dir === undefined) throw new Error(usage);
  const result = generateWorkspace(dir, { laps, seed });
  console.log(`${result.files.length} files, ${result.bytes} bytes in ${resolve(dir)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}
