-- test script 9
CREATE TABLE ${prefix}t_v009 (doc ${large_text})${table_options};
