-- V002__task_access
CREATE TABLE ${prefix}t_V002 (doc ${large_text})${table_options};
