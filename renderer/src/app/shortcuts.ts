// The list page listens for this to focus its search box when "/" or Ctrl+K is pressed.
export const FOCUS_SEARCH_EVENT = 'clair-desk:focus-search';
