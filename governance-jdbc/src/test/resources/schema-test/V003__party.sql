-- V003__party
CREATE TABLE ${prefix}t_V003 (doc ${large_text})${table_options};
