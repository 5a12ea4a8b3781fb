-- test script 10
CREATE TABLE ${prefix}t_v010 (doc ${large_text})${table_options};
