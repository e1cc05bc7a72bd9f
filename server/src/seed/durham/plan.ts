/** Durham's strategic plan: its vision, the five goals (DESIGN.md §7) and their objectives. */

export interface GoalDefinition {
  number: number;
  title: string;
  description: string;
  /** From the Okabe–Ito palette, which stays distinguishable with common colour-vision deficiencies. */
  colour: string;
  objectives: readonly string[];
}

export const plan = {
  title: 'City of Durham Strategic Plan',
  vision:
    "Durham: Where Great Things Happen. A thriving, livable and safe community where every resident shares in the city's growth.",
  firstFiscalYear: 2017,
};

/** Objectives are numbered from 1 in the order listed, so "1.4" is the fourth of goal 1. */
export const goals: readonly GoalDefinition[] = [
  {
    number: 1,
    title: 'Strong and Diverse Economy',
    description:
      'A growing economy with good jobs, new private investment and opportunity for residents and local businesses.',
    colour: '#0072B2',
    objectives: [
      'Grow jobs and private investment across Durham',
      'Prepare residents, especially young people, for well-paying jobs',
      'Increase City business with minority- and women-owned firms',
      'Provide timely, predictable development review and permitting',
    ],
  },
  {
    number: 2,
    title: 'Safe and Secure Community',
    description: 'Residents, workers and visitors are safe, and feel safe, in every neighborhood.',
    colour: '#D55E00',
    objectives: [
      'Reduce violent and property crime',
      'Respond quickly and effectively to emergencies',
      'Build trust between residents and public safety agencies',
    ],
  },
  {
    number: 3,
    title: 'Thriving Livable Neighborhoods',
    description:
      'Neighborhoods with affordable homes, well-kept properties, parks for everyone and good ways to get around.',
    colour: '#009E73',
    objectives: [
      'Increase the supply of affordable housing',
      'Improve neighborhood conditions and housing quality',
      'Provide parks and recreation that serve all residents',
      'Offer safe, reliable ways to get around without a car',
    ],
  },
  {
    number: 4,
    title: 'Well-Managed City',
    description:
      'Responsive, accountable City services, sound finances and a skilled, engaged workforce.',
    colour: '#CC79A7',
    objectives: [
      'Deliver responsive, high-quality customer service',
      "Keep the City's finances strong and transparent",
      'Attract, develop and retain a talented workforce',
      'Use technology and data to improve City services',
    ],
  },
  {
    number: 5,
    title: "Stewardship of the City's Physical Assets",
    description:
      'Streets, water and sewer systems, facilities, fleet and the environment cared for over the long term.',
    colour: '#E69F00',
    objectives: [
      'Keep streets, sidewalks and bridges in good repair',
      'Deliver safe, reliable drinking water and wastewater service',
      "Reduce waste and the City's environmental footprint",
      'Maintain City facilities and fleet',
    ],
  },
];
