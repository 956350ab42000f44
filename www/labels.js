// The 18 OntoNotes entity types in display order, with the names readers see.
export const LABELS = [
  'PERSON', 'NORP', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'LANGUAGE',
  'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL',
];

const INFO = {
  PERSON: ['People', 'people, including fictional'],
  NORP: ['Groups', 'nationalities, religious or political groups'],
  ORG: ['Organizations', 'companies, agencies, institutions, programmes'],
  GPE: ['Countries & cities', 'geopolitical entities: countries, cities, states'],
  LOC: ['Places', 'non-political locations: regions, mountains, seas'],
  FAC: ['Buildings', 'buildings, airports, highways, bridges'],
  EVENT: ['Events', 'named events: operations, summits, wars'],
  PRODUCT: ['Products', 'objects, vehicles, software'],
  WORK_OF_ART: ['Works', 'titles of books, songs, films'],
  LAW: ['Laws & treaties', 'named documents made into law'],
  LANGUAGE: ['Languages', 'named languages'],
  DATE: ['Dates', 'absolute or relative dates and periods'],
  TIME: ['Times', 'times shorter than a day'],
  PERCENT: ['Percentages', 'percentages'],
  MONEY: ['Money', 'monetary values'],
  QUANTITY: ['Quantities', 'measurements: weight, distance'],
  ORDINAL: ['Ordinals', '“first”, “second”, …'],
  CARDINAL: ['Numbers', 'numerals that are not another type'],
};

export function labelInfo(label) {
  const [name, description] = INFO[label] || [label, ''];
  return { name, description };
}
