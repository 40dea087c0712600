/** Encryption contexts (associated data) of the screening capability: one per column. */
export const SEALED = {
  address: 'household.address',
  headName: 'household.head_name',
  childName: 'household_child.name',
  attendees: 'screening_visit.attendees',
  notes: 'screening_visit.notes',
} as const;
