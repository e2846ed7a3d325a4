-- Photos: WebP joins JPEG and PNG, and each photo keeps a display-size copy the renderer made with the
-- browser's own decoding, so a card or a list never loads the full image. A CHECK cannot be altered,
-- so the table is rebuilt. Photos stored before this have no copy (NULL) until they are replaced.
CREATE TABLE trainee_photos_new (
  trainee_id INTEGER PRIMARY KEY REFERENCES trainees (id) ON DELETE CASCADE,
  mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  data BLOB NOT NULL,
  copy_mime TEXT CHECK (copy_mime IN ('image/jpeg', 'image/png', 'image/webp')),
  copy_data BLOB,
  CHECK ((copy_mime IS NULL) = (copy_data IS NULL))
) STRICT;
INSERT INTO trainee_photos_new (trainee_id, mime, data) SELECT trainee_id, mime, data FROM trainee_photos;
DROP TABLE trainee_photos;
ALTER TABLE trainee_photos_new RENAME TO trainee_photos;
