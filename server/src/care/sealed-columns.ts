/** Encryption contexts (associated data) of the key-care ledger: one per column. */
export const SEALED = {
  childName: 'care_record.child_name',
  guardianSituation: 'care_record.guardian_situation',
  school: 'care_record.school',
  notes: 'care_record.notes',
  serviceNote: 'care_service.note',
  followUpNote: 'care_follow_up.note',
} as const;
