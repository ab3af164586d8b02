/**
 * Family-service synonyms, as data. Parents and councils use different words for the same
 * thing ("nursery" vs "early education", "baby group" vs "stay and play"), so a search for
 * any phrase in a group also finds services described with the others.
 *
 * Each group is a list of equivalent phrases in plain English. Phrases may have several
 * words ("stay and play"); the search matches them as a whole phrase in the query. Plurals
 * need not be listed: the search reduces "nurseries" and "nursery" to the same term.
 * A phrase may sit in more than one group; a query using it expands to all of them.
 *
 * A site can pass its own table to the search index (e.g. to add local programme names).
 */
export type SynonymGroup = readonly string[];

export const FAMILY_SERVICE_SYNONYMS: readonly SynonymGroup[] = [
  ['nursery', 'childcare', 'child care', 'early education', 'preschool', 'pre-school', 'early years', 'childminder'],
  ['baby group', 'stay and play', 'playgroup', 'play group', 'toddler group', 'parent and toddler', 'baby and toddler'],
  ['health visitor', 'health visiting', 'baby clinic', 'child health clinic'],
  ['library', 'rhyme time', 'rhymetime', 'story time', 'storytime', 'bookstart'],
  ['breastfeeding', 'breast feeding', 'infant feeding', 'baby feeding', 'feeding support'],
  ['send', 'sen', 'special educational needs', 'disability', 'disabled', 'additional needs', 'special needs', 'local offer', 'autism', 'autistic'],
  ['autism', 'autistic', 'asd', 'neurodiversity', 'neurodivergent'],
  ['mental health', 'wellbeing', 'well-being', 'emotional support', 'counselling', 'low mood'],
  ['postnatal', 'post-natal', 'perinatal', 'postnatal depression', 'after birth'],
  ['antenatal', 'ante-natal', 'pregnancy', 'pregnant', 'maternity', 'midwife', 'bump'],
  ['speech and language', 'speech', 'talking', 'language development', 'communication'],
  ['parenting', 'parenting course', 'parenting support', 'family support', 'early help'],
  ['family hub', 'children centre', "children's centre", 'childrens centre', 'sure start'],
  ['food bank', 'foodbank', 'food parcel', 'food support', 'free food'],
  ['holiday activities', 'holiday club', 'haf', 'summer club', 'half term'],
  ['money', 'benefits', 'debt', 'financial help', 'cost of living'],
  ['domestic abuse', 'domestic violence', 'refuge'],
  ['dad', 'father', 'dads group', 'fathers'],
  ['esol', 'english classes', 'english lessons', 'learn english'],
  ['young carer', 'young carers', 'carer'],
];
