-- test script 12
CREATE TABLE ${prefix}t_v012 (doc ${large_text})${table_options};
