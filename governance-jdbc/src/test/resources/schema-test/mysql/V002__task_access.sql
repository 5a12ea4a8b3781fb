-- mysql only
CREATE TABLE ${prefix}t_v002 (doc JSON);
