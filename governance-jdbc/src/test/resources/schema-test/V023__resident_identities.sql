-- test script 23
CREATE TABLE ${prefix}t_v023 (doc ${large_text})${table_options};
