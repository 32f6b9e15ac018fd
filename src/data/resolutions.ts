// The ten Women, Peace and Security resolutions of the Security Council, with a one-line focus each.

export interface Resolution {
  number: number;
  year: number;
  focus: string;
}

export const WPS_RESOLUTIONS: readonly Resolution[] = [
  { number: 1325, year: 2000, focus: "Women's equal participation in prevention, peace processes and peacebuilding; protection in armed conflict." },
  { number: 1820, year: 2008, focus: 'Sexual violence as a tactic of war and a matter of international peace and security.' },
  { number: 1888, year: 2009, focus: 'Leadership and expertise against conflict-related sexual violence (a Special Representative, a Team of Experts).' },
  { number: 1889, year: 2009, focus: 'Implementation and monitoring of 1325, global indicators; women in early post-conflict peacebuilding.' },
  { number: 1960, year: 2010, focus: 'Accountability for conflict-related sexual violence: listing of perpetrators, monitoring and reporting.' },
  { number: 2106, year: 2013, focus: 'Conflict-related sexual violence: sanctions, ceasefires, Women Protection Advisers.' },
  { number: 2122, year: 2013, focus: "Women's leadership and participation, accountability; the 2015 Global Study on 1325." },
  { number: 2242, year: 2015, focus: 'WPS in counter-terrorism and countering violent extremism; gender as a cross-cutting issue.' },
  { number: 2467, year: 2019, focus: 'A survivor-centred approach to conflict-related sexual violence; justice and accountability.' },
  { number: 2493, year: 2019, focus: 'Full implementation of the agenda; safe environments for women leaders, peacebuilders and human rights defenders.' },
];

export const WPS_RESOLUTION_NUMBERS: ReadonlySet<number> = new Set(WPS_RESOLUTIONS.map((r) => r.number));
