-- Documents that arrived as edXML packages (issue 17), waiting for the office: nothing becomes a
-- directive without a person. The intake module owns these three tables.
CREATE TABLE incoming_document (
  id BIGSERIAL PRIMARY KEY,
  -- The document's identity at its issuer ("OrganId,yyyy/MM/dd,Number/Notation").
  document_id VARCHAR(300),
  from_organ_id VARCHAR(100),
  from_name VARCHAR(500),
  -- The issuer as compared for a second arrival: its identifier code, else its name.
  from_key VARCHAR(500) NOT NULL,
  number_symbol VARCHAR(100) NOT NULL,
  -- The number and symbol as compared: no spaces, upper case.
  number_key VARCHAR(100) NOT NULL,
  promulgated DATE,
  doc_year INT,
  place VARCHAR(200),
  type_name VARCHAR(200),
  subject TEXT,
  competence VARCHAR(200),
  position VARCHAR(200),
  signer VARCHAR(200),
  due_date DATE,
  priority SMALLINT NOT NULL DEFAULT 0,
  -- 0 new, 1 recall, 2 update, 3 replace (BussinessDocType).
  business SMALLINT NOT NULL DEFAULT 0,
  -- ARRIVED, REGISTERED, REFUSED, WITHDRAWN, CONFIDENTIAL (refused, nothing of it kept),
  -- ACCEPTED / DECLINED (an update or replacement the office took or did not take).
  state VARCHAR(20) NOT NULL,
  reason TEXT,
  -- The directive it became (the directive module's id).
  directive_id BIGINT,
  -- For an update or replacement: the document it changes.
  replaces_id BIGINT REFERENCES incoming_document (id),
  recalled_at TIMESTAMPTZ,
  recall_reason TEXT,
  -- The package as received (none for a confidential document).
  package BYTEA,
  package_size BIGINT NOT NULL,
  package_sha256 CHAR(64),
  received_at TIMESTAMPTZ NOT NULL,
  received_by VARCHAR(100) NOT NULL,
  decided_at TIMESTAMPTZ,
  decided_by VARCHAR(100),
  version BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT incoming_document_state_chk CHECK (state IN ('ARRIVED', 'REGISTERED', 'REFUSED', 'WITHDRAWN',
    'CONFIDENTIAL', 'ACCEPTED', 'DECLINED')),
  CONSTRAINT incoming_document_business_chk CHECK (business BETWEEN 0 AND 3)
);
-- A document arrives once: by its DocumentId, or by issuer + number and symbol + year.
CREATE UNIQUE INDEX incoming_document_document_id_uq ON incoming_document (document_id)
  WHERE business = 0 AND document_id IS NOT NULL;
CREATE UNIQUE INDEX incoming_document_number_uq ON incoming_document (from_key, number_key, doc_year)
  WHERE business = 0 AND doc_year IS NOT NULL;
CREATE INDEX incoming_document_list_idx ON incoming_document (received_at DESC, id DESC);
CREATE INDEX incoming_document_directive_idx ON incoming_document (directive_id) WHERE directive_id IS NOT NULL;
CREATE INDEX incoming_document_replaces_idx ON incoming_document (replaces_id) WHERE replaces_id IS NOT NULL;

CREATE TABLE incoming_file (
  id BIGSERIAL PRIMARY KEY,
  incoming_id BIGINT NOT NULL REFERENCES incoming_document (id) ON DELETE CASCADE,
  seq INT NOT NULL,
  content_id VARCHAR(300),
  file_name VARCHAR(255) NOT NULL,
  content_type VARCHAR(150) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content BYTEA NOT NULL,
  UNIQUE (incoming_id, seq)
);

-- The edXML Status messages for the issuer, each code once per document; the id is the feed's
-- cursor. Delivery to a configured address is tried with growing pauses, like the mail outbox.
CREATE TABLE edxml_status (
  id BIGSERIAL PRIMARY KEY,
  incoming_id BIGINT NOT NULL REFERENCES incoming_document (id),
  code CHAR(2) NOT NULL,
  description TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  xml TEXT NOT NULL,
  delivered_at TIMESTAMPTZ,
  attempts INT NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ,
  last_error TEXT,
  UNIQUE (incoming_id, code)
);
CREATE INDEX edxml_status_undelivered_idx ON edxml_status (next_attempt_at) WHERE delivered_at IS NULL;
