-- 0013: which of the office's Word templates made a merged document (kind 'merge'), by its name when the
-- file was made: staff look a merged letter up by its template's name, and the template may be renamed
-- or removed later. NULL for the built-in documents. The name is part of the row's search_key.
ALTER TABLE documents ADD COLUMN template_name TEXT;
