// PLACEHOLDER: the Needs-attention page (what is overdue or due soon across all trainees).
export function AttentionPage() {
  return null;
}
