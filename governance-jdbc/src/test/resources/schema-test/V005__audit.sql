-- test script 5
CREATE TABLE ${prefix}t_v005 (doc ${large_text})${table_options};
