-- test script 18
CREATE TABLE ${prefix}t_v018 (doc ${large_text})${table_options};
