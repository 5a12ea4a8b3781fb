-- test script 14
CREATE TABLE ${prefix}t_v014 (doc ${large_text})${table_options};
