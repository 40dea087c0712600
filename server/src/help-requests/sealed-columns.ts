/** Encryption contexts (associated data) of help-request free text: one per column. */
export const SEALED = {
  description: 'help_request.description',
  contactPhone: 'help_request.contact_phone',
  closureReason: 'help_request.closure_reason',
  message: 'help_request_message.body',
  eventNote: 'help_request_event.note',
  policeStation: 'police_report.police_station',
  policeReference: 'police_report.reference',
} as const;
