// What marks a SQLite file as a CLAIR Desk database (PRAGMA application_id, 'CLIR').
export const APPLICATION_ID = 1129072978;
