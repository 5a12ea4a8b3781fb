-- V001__init
CREATE TABLE ${prefix}t_V001 (doc ${large_text})${table_options};
